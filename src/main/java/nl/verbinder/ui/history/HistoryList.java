package nl.verbinder.ui.history;

import atlantafx.base.theme.Styles;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.verbinder.service.HistoryLine;

/** A list of changes: the sentence, and under it who and when, newest first. */
final class HistoryList {

    private HistoryList() {
    }

    static ListView<HistoryLine> of(ObservableList<HistoryLine> lines, String id) {
        ListView<HistoryLine> list = new ListView<>(lines);
        list.setId(id);
        list.setCellFactory(view -> new ListCell<>() {
            private final Label sentence = new Label();
            private final Label meta = new Label();
            private final VBox box = new VBox(2, sentence, meta);

            {
                sentence.setWrapText(true);
                meta.getStyleClass().add(Styles.TEXT_MUTED);
                sentence.maxWidthProperty().bind(view.widthProperty().subtract(40));
                // Wrap at the list's width: a label's height follows its preferred width (as in Aandacht's cells).
                sentence.prefWidthProperty().bind(view.widthProperty().subtract(40));
                sentence.setMinHeight(Region.USE_PREF_SIZE);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(HistoryLine line, boolean empty) {
                super.updateItem(line, empty);
                if (empty || line == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                sentence.setText(line.sentence());
                meta.setText(line.when() + " · " + line.who());
                setGraphic(box);
            }
        });
        return list;
    }
}
