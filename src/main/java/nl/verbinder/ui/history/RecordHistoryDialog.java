package nl.verbinder.ui.history;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import nl.verbinder.domain.history.RecordKind;
import nl.verbinder.service.HistoryLine;
import nl.verbinder.ui.area.UiContext;

/**
 * Geschiedenis… of a contact moment, shared goal or environment note: its changes, newest
 * first, in the sentences of the partner's Geschiedenis tab.
 */
public final class RecordHistoryDialog extends Dialog<Void> {

    private final RecordHistoryViewModel model;

    /**
     * @param name what the record is called (a goal's or note's title, a moment's date and partner)
     */
    public RecordHistoryDialog(UiContext context, RecordKind kind, long recordId, String name) {
        this.model = new RecordHistoryViewModel(context, kind, recordId);
        setTitle(context.text("history.ui.record.title"));
        setHeaderText(context.text("history.ui.record.header", name));
        setResizable(true);
        ListView<HistoryLine> list = HistoryList.of(model.lines(), "record-history");
        Label none = new Label(context.text("history.ui.none"));
        none.setWrapText(true);
        list.setPlaceholder(none);
        list.setPrefSize(560, 360);
        getDialogPane().setContent(list);
        getDialogPane().getButtonTypes().add(new ButtonType(context.text("history.ui.close"),
                ButtonType.CLOSE.getButtonData()));
        model.load();
    }

    public RecordHistoryViewModel model() {
        return model;
    }
}
