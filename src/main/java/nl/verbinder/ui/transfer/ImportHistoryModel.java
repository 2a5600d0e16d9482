package nl.verbinder.ui.transfer;

import java.nio.file.Path;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.verbinder.domain.ImportItem;
import nl.verbinder.domain.ImportRecord;
import nl.verbinder.domain.ImportedEntity;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.i18n.Messages;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.UiContext;

/** The import history: every import, newest first, and undoing one as a whole. */
final class ImportHistoryModel {

    private final UiContext context;
    private final ObservableList<HistoryRow> rows = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    ImportHistoryModel(UiContext context) {
        this.context = context;
    }

    ObservableList<HistoryRow> rows() {
        return rows;
    }

    /** What the last undo did or why it was refused. */
    StringProperty message() {
        return message;
    }

    void load() {
        context.run(() -> context.services().imports().history(), records -> rows.setAll(records.stream().map(this::row).toList()));
    }

    /** Undoes the import; a refusal (records changed since) is said in the dialog, with each record that stands in the way. */
    void undo(HistoryRow row, Runnable onRefused) {
        context.run(() -> context.services().imports().undo(row.id()), undone -> {
            message.set(context.text("transfer.ui.history.undone", row.id(), row.file()));
            context.changes().announce(Changes.Topic.PARTNERS, Changes.Topic.CONTACT_PERSONS);
            context.notifier().notify(message.get());
            load();
        }, (VerbinderException refusal) -> {
            message.set(TransferTexts.refusal(context.messages(), refusal));
            onRefused.run();
        });
    }

    private HistoryRow row(ImportRecord record) {
        Messages m = context.messages();
        String created = m.get("transfer.ui.history.counts", record.count(ImportedEntity.PARTNER, ImportItem.Action.CREATED),
                record.count(ImportedEntity.CONTACT_PERSON, ImportItem.Action.CREATED));
        String changed = m.get("transfer.ui.history.counts", record.count(ImportedEntity.PARTNER, ImportItem.Action.FILLED),
                record.count(ImportedEntity.CONTACT_PERSON, ImportItem.Action.FILLED));
        String state = record.undone() ? m.get("transfer.ui.history.undone-at", TransferTexts.moment(m, record.undoneAt()))
                : m.get("transfer.ui.history.active");
        Path file = Path.of(record.fileName());
        return new HistoryRow(record.id(), TransferTexts.moment(m, record.importedAt()), ExportDialogs.fileName(file),
                m.get(record.source().labelKey()), created, changed, state, !record.undone());
    }
}
