package nl.verbinder.ui.transfer;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import nl.verbinder.i18n.Messages;

/** The system's file choosers, starting in the folder last used (or the database's folder). */
public final class FxTransferFiles implements TransferFiles {

    private final Window owner;
    private final Messages messages;
    private final Supplier<Path> startFolder;
    private Path lastFolder;

    /**
     * @param startFolder where the first chooser opens (the open database's folder)
     */
    public FxTransferFiles(Window owner, Messages messages, Supplier<Path> startFolder) {
        this.owner = owner;
        this.messages = messages;
        this.startFolder = startFolder;
    }

    @Override
    public Optional<Path> save(String title, String suggestedName, FileKind kind) {
        FileChooser chooser = chooser(title, kind);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner)).map(file -> withExtension(file, kind));
    }

    /** A name typed without an extension gets the kind's own ("partners" → "partners.csv"), as on Windows. */
    static Path withExtension(Path file, FileKind kind) {
        String name = file.getFileName().toString();
        if (name.contains(".")) {
            return file;
        }
        return file.resolveSibling(name + kind.patterns().getFirst().substring(1));
    }

    @Override
    public Optional<Path> open(String title, FileKind kind) {
        return remember(chooser(title, kind).showOpenDialog(owner));
    }

    @Override
    public Optional<Path> folder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        folder().ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        File chosen = chooser.showDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.toPath();
        return Optional.of(chosen.toPath());
    }

    private FileChooser chooser(String title, FileKind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get(kind.labelKey()), kind.patterns()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("transfer.ui.file.all"), "*.*"));
        folder().ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        return chooser;
    }

    private Optional<Path> folder() {
        Path folder = lastFolder != null ? lastFolder : startFolder.get();
        return Optional.ofNullable(folder).filter(Files::isDirectory);
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.toPath().getParent();
        return Optional.of(chosen.toPath());
    }
}
