package nl.verbinder.ui.form;

import atlantafx.base.controls.CustomTextField;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.TraversalDirection;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.Debouncer;
import nl.verbinder.ui.fx.Icons;
import nl.verbinder.ui.fx.ItemCell;
import nl.verbinder.ui.fx.Theme;
import nl.verbinder.ui.fx.UiStyles;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Choose a partner by typing part of its name, city, a tag or a contact person: the matches
 * (at most {@value #LIMIT}) drop down under the field; Up and Down move, Enter or Tab takes
 * the highlighted one, Escape closes the list: the keyboard never has to leave the field. Clearing the text clears the choice. The search runs in the
 * background, one query per pause in typing.
 */
public final class PartnerSearchField {

    /** A partner as the field shows it. */
    public record Choice(long id, String name, String detail) {
    }

    static final int LIMIT = 12;

    private final UiContext context;
    private final CustomTextField field = new CustomTextField();
    private final ObjectProperty<Choice> selected = new SimpleObjectProperty<>();
    private final ObservableList<Choice> matches = FXCollections.observableArrayList();
    private final ListView<Choice> list = new ListView<>(matches);
    private final Popup popup = new Popup();
    private final Debouncer debouncer;
    private final PartnerSearchModel model;
    private boolean updating;
    private boolean moveOnWhenTaken;
    private long generation;

    public PartnerSearchField(UiContext context, String prompt) {
        this.context = context;
        this.debouncer = new Debouncer(context.typingPause(), this::search);
        this.model = new PartnerSearchModel(context);
        field.setPromptText(prompt);
        field.setAccessibleText(prompt);
        field.setLeft(Icons.of(Material2MZ.SEARCH, 16));
        selected.addListener((obs, old, chosen) -> field.setRight(chosen == null ? null
                : Icons.of(Material2AL.CHECK_CIRCLE, 16)));
        list.setPrefWidth(360);
        list.setFixedCellSize(44);
        list.setCellFactory(v -> new ChoiceCell());
        list.setFocusTraversable(false);
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedItem() != null) {
                choose(list.getSelectionModel().getSelectedItem());
            }
        });
        popup.getContent().add(list);
        popup.getScene().getStylesheets().add(Theme.STYLESHEET);
        popup.setAutoHide(true);
        field.textProperty().addListener((obs, old, text) -> {
            if (updating) {
                return;
            }
            selected.set(null);
            if (text == null || text.isBlank()) {
                hide();
            } else {
                debouncer.trigger();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                hide();
            }
        });
    }

    public TextField node() {
        return field;
    }

    /** After Enter took a match, the focus moves on to the next field (a form, not a filter). */
    public PartnerSearchField moveOnWhenTaken() {
        moveOnWhenTaken = true;
        return this;
    }

    /** The chosen partner, or {@code null}. */
    public ObjectProperty<Choice> selectedProperty() {
        return selected;
    }

    public Choice selected() {
        return selected.get();
    }

    /** Shows this partner as chosen, without searching. */
    public void select(Choice choice) {
        updating = true;
        try {
            field.setText(choice == null ? "" : choice.name());
            selected.set(choice);
        } finally {
            updating = false;
        }
        hide();
    }

    public void clear() {
        select(null);
    }

    private void key(KeyEvent event) {
        switch (event.getCode()) {
            case DOWN -> {
                if (popup.isShowing()) {
                    move(1);
                    event.consume();
                } else if (!field.getText().isBlank()) {
                    search();
                    event.consume();
                }
            }
            case UP -> {
                if (popup.isShowing()) {
                    move(-1);
                    event.consume();
                }
            }
            case ENTER -> {
                debouncer.flush();
                if (popup.isShowing() && !matches.isEmpty()) {
                    takeHighlighted();
                    event.consume();
                    if (moveOnWhenTaken) {
                        field.requestFocusTraversal(TraversalDirection.NEXT);
                    }
                }
            }
            case TAB -> {
                if (!event.isShiftDown() && popup.isShowing() && !matches.isEmpty()) {
                    takeHighlighted(); // the Tab itself moves on
                }
            }
            case ESCAPE -> {
                if (popup.isShowing()) {
                    hide();
                    event.consume();
                }
            }
            default -> {
                // typing goes to the field
            }
        }
    }

    private void takeHighlighted() {
        Choice choice = list.getSelectionModel().getSelectedItem();
        choose(choice != null ? choice : matches.getFirst());
    }

    private void move(int step) {
        int index = list.getSelectionModel().getSelectedIndex() + step;
        index = Math.max(0, Math.min(matches.size() - 1, index));
        list.getSelectionModel().select(index);
        list.scrollTo(index);
    }

    private void choose(Choice choice) {
        select(choice);
    }

    private void search() {
        String text = field.getText();
        if (text == null || text.isBlank()) {
            return;
        }
        long mine = ++generation;
        model.search(text, LIMIT, found -> {
            if (mine == generation && selected.get() == null) {
                show(found);
            }
        });
    }

    /** A partner as the field shows it: the name, with category and city under it. */
    public static Choice choice(UiContext context, PartnerOverview partner) {
        String city = partner.partner().city();
        String category = context.label(partner.partner().category());
        return new Choice(partner.id(), partner.name(), city == null ? category : category + " · " + city);
    }

    private void show(List<Choice> found) {
        matches.setAll(found);
        if (found.isEmpty()) {
            matches.clear();
            list.setPlaceholder(new Label(context.text("areas.partner-search.none")));
        }
        list.getSelectionModel().clearSelection();
        if (!found.isEmpty()) {
            list.getSelectionModel().select(0);
        }
        list.setPrefHeight(Math.min(Math.max(found.size(), 1), 7) * 44 + 4);
        if (field.getScene() == null || field.getScene().getWindow() == null) {
            return;
        }
        Bounds bounds = field.localToScreen(field.getBoundsInLocal());
        if (bounds == null) {
            return;
        }
        list.setPrefWidth(Math.max(360, bounds.getWidth()));
        if (!popup.isShowing()) {
            popup.show(field, bounds.getMinX(), bounds.getMaxY() + 2);
        }
    }

    private void hide() {
        if (popup.isShowing()) {
            popup.hide();
        }
    }

    /** Name on top, category and city under it. */
    private static final class ChoiceCell extends ItemCell<Choice> {
        private final Label name = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(1, name, detail);

        ChoiceCell() {
            detail.getStyleClass().add(UiStyles.HINT);
            // Shortened in the middle, so the end that tells two names apart stays.
            name.setTextOverrun(OverrunStyle.CENTER_WORD_ELLIPSIS);
            name.setMinWidth(0);
            detail.setMinWidth(0);
        }

        @Override
        protected Node show(Choice item) {
            name.setText(item.name());
            detail.setText(item.detail());
            return box;
        }
    }
}
