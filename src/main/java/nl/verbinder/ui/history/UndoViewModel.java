package nl.verbinder.ui.history;

import java.time.Instant;
import java.util.List;
import nl.verbinder.service.HistoryService;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.UiContext;

/**
 * Bewerken › Ongedaan maken (Ctrl+Z): undoes the last field edit saved in this window, from the
 * history, and says what it undid; a refusal (nothing to undo, changed since) shows why.
 * One step: what the undo wrote is not undone again.
 */
public final class UndoViewModel {

    private record Result(HistoryService.Undone undone, String sentence) {
    }

    private final UiContext context;
    private final Instant opened;
    private long afterChangeId;

    public UndoViewModel(UiContext context) {
        this.context = context;
        this.opened = context.services().clock().instant();
    }

    /** Undoes the last saved edit in the background; every view shows the record as it is again. */
    public void undo() {
        context.run(() -> {
            HistoryService history = context.services().history();
            HistoryService.Undone undone = history.undoLastEdit(opened, afterChangeId);
            return new Result(undone, history.readable(List.of(undone.change()), context.messages()).getFirst().text());
        }, result -> {
            afterChangeId = result.undone().undoChangeId();
            context.notifier().notify(context.text("history.undo.done", result.sentence()));
            context.changes().announce(Changes.Topic.values());
        });
    }
}
