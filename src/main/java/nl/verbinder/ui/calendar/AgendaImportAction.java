package nl.verbinder.ui.calendar;

import java.util.function.Supplier;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.transfer.FileKind;
import nl.verbinder.ui.transfer.TransferFiles;

/** *Contactmoment › Uit agenda…*: choose an agenda file, then work through its proposals. */
public final class AgendaImportAction {

    private final UiContext context;
    private final Supplier<TransferFiles> files;

    public AgendaImportAction(UiContext context, Supplier<TransferFiles> files) {
        this.context = context;
        this.files = files;
    }

    public void run() {
        files.get().open(context.text("agenda.ui.choose"), FileKind.CALENDAR).ifPresent(file -> {
            AgendaImportModel model = new AgendaImportModel(context);
            model.read(file, () -> new AgendaImportDialog(context, model).showAndWait());
        });
    }
}
