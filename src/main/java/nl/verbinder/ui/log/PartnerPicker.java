package nl.verbinder.ui.log;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.ui.common.Icons;
import nl.verbinder.ui.common.UiContext;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Choosing a partner by typing part of its name (or city, contact person, tag): matches
 * appear under the field; Up/Down move through them without leaving the field, Enter or Tab
 * takes the highlighted one.
 */
final class PartnerPicker {

    private final UiContext context;
    private final CustomTextField field = new CustomTextField();
    private final ListView<PartnerOverview> list;
    private final VBox box;

    PartnerPicker(UiContext context, LogMomentViewModel model) {
        this.context = context;
        field.setId("log-partner");
        field.setPromptText(context.text("ui.log.partner.prompt"));
        field.setLeft(Icons.of(Material2MZ.SEARCH, 16));
        field.textProperty().bindBidirectional(model.partnerText);
        list = new ListView<>(model.suggestions);
        list.setId("log-partner-suggestions");
        list.setFocusTraversable(false);
        list.setFixedCellSize(40);
        list.getStyleClass().add(Styles.DENSE);
        list.setCellFactory(v -> new SuggestionCell());
        list.setOnMouseClicked(e -> takeHighlighted(model));
        model.suggestions.addListener((ListChangeListener<PartnerOverview>) c -> {
            boolean any = !model.suggestions.isEmpty();
            list.setVisible(any);
            list.setManaged(any);
            list.setPrefHeight(Math.min(model.suggestions.size(), 5) * 40 + 4);
            if (any) {
                list.getSelectionModel().selectFirst();
            }
        });
        list.setVisible(false);
        list.setManaged(false);
        model.partner.addListener((obs, old, chosen) -> field.setRight(chosen == null ? null
                : Icons.of(Material2AL.CHECK_CIRCLE, 16)));
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (model.suggestions.isEmpty()) {
                return;
            }
            var selection = list.getSelectionModel();
            switch (e.getCode()) {
                case DOWN -> {
                    selection.selectNext();
                    list.scrollTo(selection.getSelectedIndex());
                    e.consume();
                }
                case UP -> {
                    selection.selectPrevious();
                    list.scrollTo(selection.getSelectedIndex());
                    e.consume();
                }
                case ENTER -> {
                    takeHighlighted(model);
                    e.consume();
                    field.requestFocusTraversal(javafx.scene.TraversalDirection.NEXT);
                }
                case TAB -> {
                    if (!e.isShiftDown()) {
                        takeHighlighted(model);
                    }
                }
                case ESCAPE -> {
                    model.suggestions.clear();
                    e.consume();
                }
                default -> { }
            }
        });
        box = new VBox(4, field, list);
    }

    VBox node() {
        return box;
    }

    CustomTextField field() {
        return field;
    }

    private void takeHighlighted(LogMomentViewModel model) {
        PartnerOverview chosen = list.getSelectionModel().getSelectedItem();
        if (chosen == null && !model.suggestions.isEmpty()) {
            chosen = model.suggestions.getFirst();
        }
        if (chosen != null) {
            model.choose(chosen);
        }
    }

    /** A suggestion: name, with category and city. */
    private final class SuggestionCell extends ListCell<PartnerOverview> {
        private final Label name = new Label();
        private final Label where = new Label();
        private final VBox lines = new VBox(0, name, where);

        SuggestionCell() {
            name.getStyleClass().add(Styles.TEXT_BOLD);
            where.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        }

        @Override
        protected void updateItem(PartnerOverview item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            name.setText(item.name());
            String category = context.label(item.partner().category());
            where.setText(item.partner().city() == null ? category : category + " · " + item.partner().city());
            setGraphic(lines);
        }
    }
}
