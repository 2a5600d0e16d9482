package nl.verbinder.ui.history;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.verbinder.domain.history.RecordKind;
import nl.verbinder.service.HistoryLine;
import nl.verbinder.ui.area.UiContext;

/**
 * The history of one contact moment, shared goal or environment note: its changes, newest
 * first, as sentences (the record's own changes; its links show in the partner's history).
 */
public final class RecordHistoryViewModel {

    private final UiContext context;
    private final RecordKind kind;
    private final long recordId;
    private final ObservableList<HistoryLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();

    public RecordHistoryViewModel(UiContext context, RecordKind kind, long recordId) {
        this.context = context;
        this.kind = kind;
        this.recordId = recordId;
    }

    public ObservableList<HistoryLine> lines() {
        return lines;
    }

    /** True once the lines are there (so "no changes" can be told from "loading"). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Loads the record's history in the background. */
    public void load() {
        var messages = context.messages();
        context.run(() -> {
            var history = context.services().history();
            return history.readable(history.forRecord(kind, recordId), messages);
        }, found -> {
            lines.setAll(found);
            loaded.set(true);
        });
    }
}
