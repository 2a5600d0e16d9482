package nl.verbinder.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.verbinder.domain.search.SearchHit;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.ItemCell;

/**
 * Beeld › Zoeken in alles (Ctrl+K): one field, results as it is typed (partners, contact
 * persons, contact moments, shared goals, environment notes), each with where the words were
 * found; while the field is empty, the partners, goals and notes opened last. Enter or a double click opens the chosen result (the first when none is chosen); the
 * arrow down goes from the field into the results.
 */
public final class SearchDialog extends Dialog<Void> {

    private static final int SNIPPET = 110;

    private final SearchModel model;
    private final TextField field = new TextField();
    private final ListView<SearchHit> results = new ListView<>();

    public SearchDialog(UiContext context) {
        this.model = new SearchModel(context);
        setTitle(context.text("search.ui.title"));
        setResizable(true);

        field.setId("search-field");
        field.setPromptText(context.text("search.ui.prompt"));
        field.setAccessibleText(context.text("search.ui.title"));
        model.typedProperty().bind(field.textProperty());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                openChosen();
                e.consume();
            }
        });

        results.setId("search-results");
        results.setItems(model.hits());
        results.setPrefSize(620, 380);
        Label empty = new Label(context.text("search.ui.none"));
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        Label start = new Label(context.text("search.ui.start"));
        start.setWrapText(true);
        start.getStyleClass().add(Styles.TEXT_MUTED);
        results.placeholderProperty().bind(Bindings.when(
                Bindings.createBooleanBinding(() -> model.words().isEmpty(), field.textProperty()))
                .then((Node) start).otherwise(empty));
        results.setCellFactory(list -> new HitCell(context, model));
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openChosen();
                e.consume();
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openChosen();
            }
        });

        Label recent = new Label(context.text("search.ui.recent"));
        recent.setId("search-recent");
        recent.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        recent.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.showsRecent() && !model.hits().isEmpty(), field.textProperty(), model.hits()));
        recent.managedProperty().bind(recent.visibleProperty());

        VBox content = new VBox(10, field, recent, results);
        VBox.setVgrow(results, Priority.ALWAYS);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(new ButtonType(context.text("search.ui.close"),
                ButtonType.CLOSE.getButtonData()));
        setOnShown(e -> Platform.runLater(field::requestFocus));
        model.showRecent();
    }

    public SearchModel model() {
        return model;
    }

    private void openChosen() {
        SearchHit chosen = results.getSelectionModel().getSelectedItem();
        if (chosen == null && !results.getItems().isEmpty()) {
            chosen = results.getItems().getFirst();
        }
        if (chosen == null) {
            return;
        }
        SearchHit open = chosen;
        close();
        model.open(open);
    }

    /** A result: what kind it is, its name (and date), and the words in their place in its text. */
    private static final class HitCell extends ItemCell<SearchHit> {
        private final UiContext context;
        private final SearchModel model;
        private final Label kind = new Label();
        private final Label title = new Label();
        private final Label snippet = new Label();
        private final VBox box;

        HitCell(UiContext context, SearchModel model) {
            this.context = context;
            this.model = model;
            kind.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            kind.setMinWidth(Region.USE_PREF_SIZE);
            title.getStyleClass().add(Styles.TEXT_BOLD);
            snippet.setWrapText(true);
            snippet.getStyleClass().add(Styles.TEXT_SMALL);
            HBox top = new HBox(8, title, kind);
            box = new VBox(2, top, snippet);
            setPrefWidth(0);
        }

        @Override
        protected Node show(SearchHit hit) {
            kind.setText(context.text(hit.kind().labelKey()));
            title.setText(hit.date() == null ? hit.title() : hit.title() + " · " + context.date(hit.date()));
            snippet.setText(hit.snippet(model.words(), SNIPPET));
            return box;
        }
    }
}
