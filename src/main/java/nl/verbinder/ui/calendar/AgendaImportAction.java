package nl.verbinder.ui.calendar;

import java.nio.file.Path;
import java.util.function.Supplier;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.transfer.FileKind;
import nl.verbinder.ui.transfer.TransferFiles;

/** *Contactmoment › Uit agenda…*: choose an agenda file (or fetch the agenda by its address), then work through its proposals. */
public final class AgendaImportAction {

    private final UiContext context;
    private final Supplier<TransferFiles> files;
    private final Path addressFile;

    public AgendaImportAction(UiContext context, Supplier<TransferFiles> files) {
        this(context, files, null);
    }

    /** @param addressFile where the private agenda address is kept; null: no fetching by address */
    public AgendaImportAction(UiContext context, Supplier<TransferFiles> files, Path addressFile) {
        this.context = context;
        this.files = files;
        this.addressFile = addressFile;
    }

    /** Asks for an agenda file and proposes contact moments from it; no file chosen, nothing happens. */
    public void run() {
        AgendaImportModel model = new AgendaImportModel(context, addressFile);
        files.get().open(context.text("agenda.ui.choose"), FileKind.CALENDAR).ifPresent(
                file -> model.read(file, () -> new AgendaImportDialog(context, model).showAndWait()));
    }

    /** Opens the dialog at its address part: the stored private address (or one to paste) is fetched when asked. */
    public void fetchByAddress() {
        AgendaImportModel model = new AgendaImportModel(context, addressFile);
        model.noFile();
        new AgendaImportDialog(context, model).showFetching();
    }
}
