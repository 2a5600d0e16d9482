package nl.verbinder.ui.form;

import atlantafx.base.theme.Styles;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import nl.verbinder.ui.fx.UiStyles;

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

    /**
     * The same choices as plain check boxes, all showing (a form made for speed): side by side
     * and wrapping, or one under the other for long labels. The ids are {@code idPrefix + id}.
     */
    public static Control boxes(ObservableList<CheckOption> options, String emptyText, String idPrefix,
                                boolean oneColumn) {
        return boxes(options, new SimpleStringProperty(emptyText), idPrefix, oneColumn);
    }

    /** As above, with a text for "none" that changes (say, once a partner has been chosen). */
    public static Control boxes(ObservableList<CheckOption> options, ObservableValue<String> emptyText,
                                String idPrefix, boolean oneColumn) {
        // Two even columns rather than wrapping side by side: six therapists make a tidy grid.
        Pane pane = oneColumn ? new VBox(6) : twoColumns();
        Label empty = new Label();
        empty.textProperty().bind(emptyText);
        empty.setWrapText(true);
        empty.getStyleClass().addAll(UiStyles.HINT, Styles.TEXT_SMALL);
        Runnable fill = () -> {
            pane.getChildren().clear();
            for (CheckOption option : options) {
                CheckBox box = new CheckBox(option.label());
                box.setId(idPrefix + option.id());
                box.setWrapText(true);
                box.selectedProperty().bindBidirectional(option.chosenProperty());
                if (pane instanceof GridPane grid) {
                    int index = grid.getChildren().size();
                    grid.add(box, index % 2, index / 2);
                } else {
                    pane.getChildren().add(box);
                }
            }
            if (options.isEmpty()) {
                if (pane instanceof GridPane grid) {
                    grid.add(empty, 0, 0, 2, 1);
                } else {
                    pane.getChildren().add(empty);
                }
            }
        };
        options.addListener((ListChangeListener<CheckOption>) c -> fill.run());
        fill.run();
        return new Holder(pane);
    }

    private static GridPane twoColumns() {
        GridPane grid = new GridPane(10, 6);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            grid.getColumnConstraints().add(column);
        }
        return grid;
    }

    /** Lets a pane of check boxes sit in a {@link FormField} like any control. */
    private static final class Holder extends Control {
        private final Pane pane;

        Holder(Pane pane) {
            this.pane = pane;
            getChildren().add(pane);
            setFocusTraversable(false);
        }

        @Override
        public Orientation getContentBias() {
            return Orientation.HORIZONTAL; // wrapping boxes grow taller as they get narrower
        }

        @Override
        protected Skin<?> createDefaultSkin() {
            return new SkinBase<>(this) {
                @Override
                protected double computePrefHeight(double width, double top, double right, double bottom,
                                                   double left) {
                    return pane.prefHeight(width < 0 ? -1 : width - left - right) + top + bottom;
                }

                @Override
                protected double computeMinHeight(double width, double top, double right, double bottom,
                                                  double left) {
                    return computePrefHeight(width, top, right, bottom, left);
                }
            };
        }
    }
}
