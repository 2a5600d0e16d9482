package nl.verbinder.ui.transfer;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.stage.Window;
import nl.verbinder.i18n.Messages;

/**
 * Where the window's import, export and backup files are chosen: the system's choosers, made
 * when first needed, unless a test put its own here with {@link #use(TransferFiles)}.
 */
public final class TransferFileChoosers implements Supplier<TransferFiles> {

    private final Window owner;
    private final Supplier<Messages> messages;
    private final Supplier<Path> startFolder;
    private TransferFiles files;

    public TransferFileChoosers(Window owner, Supplier<Messages> messages, Supplier<Path> startFolder) {
        this.owner = owner;
        this.messages = messages;
        this.startFolder = startFolder;
    }

    /** Chooses files with these instead (tests). */
    public void use(TransferFiles replacement) {
        this.files = replacement;
    }

    /** The language changed: the system's choosers are made anew, their filter names were in the old one. */
    public void languageChanged() {
        if (files instanceof FxTransferFiles) {
            files = null;
        }
    }

    @Override
    public TransferFiles get() {
        if (files == null) {
            files = new FxTransferFiles(owner, messages.get(), startFolder);
        }
        return files;
    }
}
