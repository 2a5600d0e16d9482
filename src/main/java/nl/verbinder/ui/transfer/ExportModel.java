package nl.verbinder.ui.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntConsumer;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.Services;
import nl.verbinder.service.ServicesFactory;
import nl.verbinder.service.transfer.PartnerColumn;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.service.transfer.backup.BackupSummary;
import nl.verbinder.service.transfer.csv.CsvDialect;
import nl.verbinder.service.transfer.exports.CalendarStyle;
import nl.verbinder.service.transfer.exports.ExportSummary;
import nl.verbinder.service.transfer.exports.VCardVersion;
import nl.verbinder.ui.area.UiContext;

/**
 * What the export, backup and restore dialogs ask of the services. The writing methods run
 * inside a dialog's background task (with its progress); they are plain calls here.
 */
final class ExportModel {

    private static final System.Logger LOG = System.getLogger(ExportModel.class.getName());

    private final UiContext context;
    private final ServicesFactory factory;

    ExportModel(UiContext context, ServicesFactory factory) {
        this.context = context;
        this.factory = factory;
    }

    /** Counts the partners the query finds, in the background. */
    void countPartners(PartnerQuery query, IntConsumer counted) {
        context.run(() -> context.services().partners().count(query), counted::accept);
    }

    ExportSummary partners(PartnerQuery query, List<PartnerColumn> columns, CsvDialect dialect, Messages messages,
                           Path target, Progress progress) {
        return context.services().exports().exportPartners(query, columns, dialect, messages, target, progress);
    }

    ExportSummary moments(LocalDate from, LocalDate to, CsvDialect dialect, Messages messages, Path target,
                          Progress progress) {
        return context.services().exports().exportMoments(from, to, dialect, messages, target, progress);
    }

    ExportSummary contactPersons(VCardVersion version, boolean onePerPerson, Path target, Progress progress) {
        return context.services().exports().exportContactPersons(version, onePerPerson, target, progress);
    }

    ExportSummary followUps(CalendarStyle style, Messages messages, Path target, Progress progress) {
        return context.services().exports().exportFollowUps(style, messages, target, progress);
    }

    BackupSummary backUp(Path target, Progress progress) {
        return context.services().backups().backUp(target, progress);
    }

    /** Opens (creating) the target, restores into it and closes it; a target made here goes again when that fails. */
    BackupSummary restoreInto(Path source, Path target, Progress progress) {
        boolean existed = Files.exists(target);
        boolean restored = false;
        try (Services opened = factory.open(target)) {
            BackupSummary summary = opened.backups().restore(source, progress);
            restored = true;
            return summary;
        } finally {
            if (!restored && !existed) {
                deleteQuietly(target);
            }
        }
    }

    private static void deleteQuietly(Path database) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(database.resolveSibling(database.getFileName() + suffix));
            } catch (IOException e) {
                // An empty database file left behind does no harm; the refusal is what the user needs to read.
                LOG.log(System.Logger.Level.DEBUG, "Not removed: " + database + suffix, e);
            }
        }
    }
}
