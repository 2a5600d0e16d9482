package nl.verbinder.ui.network;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import nl.verbinder.i18n.Messages;

/** Asks for the PNG file with the platform's save dialog. */
final class FxPngTarget implements PngTarget {

    private final Messages messages;
    private final Supplier<Window> owner;

    FxPngTarget(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public Optional<Path> choose(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("ui.network.export.title"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("ui.network.export.files"),
                "*.png"));
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }
}
