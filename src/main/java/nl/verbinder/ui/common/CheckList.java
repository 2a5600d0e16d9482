package nl.verbinder.ui.common;

import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** A short list of check boxes (who took part, which goals); Space ticks the focused one. */
public final class CheckList {

    private CheckList() {
    }

    public static ListView<CheckOption> of(ObservableList<CheckOption> options, String emptyText, int rows) {
        ListView<CheckOption> list = new ListView<>(options);
        list.setCellFactory(CheckBoxListCell.forListView(CheckOption::chosenProperty));
        list.setPlaceholder(new Label(emptyText));
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
}
