package nl.verbinder.ui.transfer;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** The files a user would pick in the choosers, given in order by the test; no native dialog opens. */
final class ChosenFiles implements TransferFiles {

    private final Deque<Path> answers = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();

    /** The next chooser (of any kind) answers with this file or folder. */
    ChosenFiles then(Path path) {
        answers.add(path);
        return this;
    }

    /** What the choosers were opened for: titles and suggested names, in order. */
    List<String> asked() {
        return asked;
    }

    @Override
    public Optional<Path> save(String title, String suggestedName, FileKind kind) {
        asked.add(title + " / " + suggestedName);
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> open(String title, FileKind kind) {
        asked.add(title);
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> folder(String title) {
        asked.add(title);
        return Optional.ofNullable(answers.poll());
    }
}
