package nl.verbinder.ui.fx;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks for the PNG file with the platform's save dialog. */
public final class FxPngTarget implements PngTarget {

    private final String title;
    private final String filesLabel;
    private final Supplier<Window> owner;

    /**
     * @param title      the dialog's title
     * @param filesLabel the file type's name in the dialog ("PNG-afbeelding")
     * @param owner      the window the dialog belongs to (may give {@code null})
     */
    public FxPngTarget(String title, String filesLabel, Supplier<Window> owner) {
        this.title = title;
        this.filesLabel = filesLabel;
        this.owner = owner;
    }

    @Override
    public Optional<Path> choose(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filesLabel, "*.png"));
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }
}
