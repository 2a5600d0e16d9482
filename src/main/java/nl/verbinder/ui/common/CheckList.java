package nl.verbinder.ui.common;

import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** A short list of check boxes (who took part, which goals); Space ticks the focused one. */
public final class CheckList {

    private CheckList() {
    }

    public static ListView<CheckOption> of(ObservableList<CheckOption> options, String emptyText, int rows) {
        return of(options, emptyText, rows, null);
    }

    /**
     * @param idPrefix when not null, each check box gets the id {@code idPrefix + option id}, so
     *                 tests and screen readers can find it
     */
    public static ListView<CheckOption> of(ObservableList<CheckOption> options, String emptyText, int rows,
                                           String idPrefix) {
        ListView<CheckOption> list = new ListView<>(options);
        list.setCellFactory(v -> cell(idPrefix));
        Label empty = new Label(emptyText);
        empty.setWrapText(true);
        empty.getStyleClass().add(UiStyles.HINT);
        list.setPlaceholder(empty);
        list.setFixedCellSize(30);
        list.setPrefHeight(rows * 30 + 4);
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            CheckOption focused = list.getFocusModel().getFocusedItem();
            if (event.getCode() == KeyCode.SPACE && focused != null) {
                focused.chosenProperty().set(!focused.isChosen());
                event.consume();
            }
        });
        return list;
    }

    private static ListCell<CheckOption> cell(String idPrefix) {
        return new CheckBoxListCell<>(CheckOption::chosenProperty) {
            @Override
            public void updateItem(CheckOption item, boolean empty) {
                super.updateItem(item, empty);
                if (idPrefix != null && getGraphic() != null) {
                    getGraphic().setId(empty || item == null ? null : idPrefix + item.id());
                }
                if (item != null && !empty) {
                    setTooltip(new Tooltip(item.label()));
                }
            }
        };
    }
}
