package nl.verbinder.ui.history;

import atlantafx.base.theme.Styles;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.verbinder.service.HistoryLine;
import nl.verbinder.ui.fx.ItemCell;

/** A list of changes: the sentence, and under it who and when, newest first. */
final class HistoryList {

    private HistoryList() {
    }

    static ListView<HistoryLine> of(ObservableList<HistoryLine> lines, String id) {
        ListView<HistoryLine> list = new ListView<>(lines);
        list.setId(id);
        list.setCellFactory(view -> new ItemCell<>() {
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
            protected Node show(HistoryLine line) {
                sentence.setText(line.sentence());
                meta.setText(line.when() + " · " + line.who());
                return box;
            }
        });
        return list;
    }
}
