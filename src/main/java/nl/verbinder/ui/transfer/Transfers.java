package nl.verbinder.ui.transfer;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import nl.verbinder.domain.ImportSource;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.ServicesFactory;
import nl.verbinder.service.transfer.backup.BackupSummary;
import nl.verbinder.ui.area.UiContext;

/**
 * Starts the window's imports, exports, backups and restores: the menu's entries and the
 * Partners view's "Exporteren…" end here. Made with every scene build, like the views.
 */
public final class Transfers {

    private final UiContext context;
    private final Supplier<TransferFiles> files;
    private final ExportModel model;
    private final Consumer<Path> openDatabase;

    /**
     * @param files        where files are chosen (asked each time: a test may put its own choice there)
     * @param factory      opens the new database a restore writes into
     * @param openDatabase switches the window to a database file
     */
    public Transfers(UiContext context, Supplier<TransferFiles> files, ServicesFactory factory,
                     Consumer<Path> openDatabase) {
        this.context = context;
        this.files = files;
        this.model = new ExportModel(context, factory);
        this.openDatabase = openDatabase;
    }

    public void start(TransferAction action) {
        switch (action) {
            case IMPORT_PARTNERS -> importFile(ImportSource.PARTNERS_CSV);
            case IMPORT_LINKEDIN -> importFile(ImportSource.LINKEDIN);
            case IMPORT_VCARD -> importFile(ImportSource.VCARD);
            case IMPORT_HISTORY -> context.dialogs().show(new ImportHistoryDialog(context).dialog());
            case EXPORT_PARTNERS -> exportPartners(PartnerQuery.all(), false);
            case EXPORT_MOMENTS -> export(exports().moments());
            case EXPORT_VCARD -> export(exports().contactPersons());
            case EXPORT_FOLLOW_UPS -> export(exports().followUps());
            case BACKUP -> export(exports().backup());
            case RESTORE -> restore();
        }
    }

    /**
     * Exports the partners the query finds.
     *
     * @param filtered whether the query is the Partners table's filter (the dialog says so)
     */
    public void exportPartners(PartnerQuery query, boolean filtered) {
        PartnerQuery all = query.withPage(0, 0);
        model.countPartners(all, count -> export(exports().partners(all, filtered, count)));
    }

    private void importFile(ImportSource source) {
        new ImportWizard(context, files.get(), source).showAndWait();
    }

    private void export(TransferDialog dialog) {
        context.dialogs().show(dialog).ifPresent(message -> context.notifier().notify(message));
    }

    private ExportDialogs exports() {
        return new ExportDialogs(context, files.get(), model);
    }

    /**
     * Restores a backup into a new, empty database file the user names, then offers to open
     * it. The open database is not touched; a target with data in it is refused.
     */
    private void restore() {
        Messages m = context.messages();
        TransferFiles chooser = files.get();
        Path source = chooser.open(m.get("transfer.ui.restore.choose-backup"), FileKind.BACKUP).orElse(null);
        if (source == null) {
            return;
        }
        Path target = chooser.save(m.get("transfer.ui.restore.choose-target"), m.get("transfer.ui.restore.file"),
                FileKind.DATABASE).orElse(null);
        if (target == null) {
            return;
        }
        Label what = new Label(m.get("transfer.ui.restore.what", source.toString(), target.toString()));
        what.setWrapText(true);
        what.setMinHeight(Region.USE_PREF_SIZE);
        what.setId("restore-what");
        TransferDialog dialog = new TransferDialog(context, "restore", m.get("transfer.ui.restore.title"), what,
                m.get("transfer.ui.restore.start"), ExportDialogs.always(), problem -> Optional.of(progress -> {
                    BackupSummary summary = model.restoreInto(source, target, progress);
                    return m.count("transfer.ui.restore.done", summary.rows(), ExportDialogs.fileName(target));
                }));
        context.dialogs().show(dialog).ifPresent(message -> {
            if (context.dialogs().confirm(m.get("transfer.ui.restore.title"),
                    message + "\n\n" + m.get("transfer.ui.restore.open-question"), m.get("transfer.ui.restore.open"))) {
                openDatabase.accept(target);
            } else {
                context.notifier().notify(message);
            }
        });
    }
}
