package nl.verbinder.ui.environment;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.verbinder.domain.EnvironmentFactor;
import nl.verbinder.domain.history.RecordKind;
import nl.verbinder.domain.search.SearchKind;
import nl.verbinder.ui.area.AreaHeader;
import nl.verbinder.ui.area.AreaViewBase;
import nl.verbinder.ui.area.RecentItems;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.Icons;
import nl.verbinder.ui.fx.Labels;
import nl.verbinder.ui.fx.Nodes;
import nl.verbinder.ui.fx.UiStyles;
import nl.verbinder.ui.history.RecordHistoryDialog;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The area Omgevingsanalyse: at the top, the four core factors of the method with how many
 * notes each has, and a clear warning on those without any; under it the notes grouped by
 * factor, with source and date.
 */
public final class EnvironmentView extends AreaViewBase<BorderPane, EnvironmentViewModel> {

    private final HBox tiles = new HBox(10);
    private final Label missingText = new Label();
    private final VBox sections = new VBox(6);
    private final Label count = new Label();

    public EnvironmentView(UiContext context) {
        super(context, new BorderPane(), new EnvironmentViewModel(context));

        tiles.setId("environment-coverage");
        missingText.setId("environment-missing");
        missingText.setWrapText(true);
        missingText.getStyleClass().add(Styles.WARNING);
        VBox top = new VBox(8, header(), coverageBox());
        root.setTop(top);
        sections.setPadding(new Insets(8, 24, 24, 20));
        sections.setId("environment-notes");
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        root.setCenter(scroll);

        model.loadedProperty().addListener((obs, old, loaded) -> refresh());
        model.coverage().addListener((ListChangeListener<FactorCoverage>) c -> refresh());
    }

    private Node header() {
        return new AreaHeader(context.text("ui.area.environment")).count(count)
                .actions(AreaHeader.accent(context.text("areas.environment.new"), Material2AL.ADD, "note-new",
                        () -> create(null)))
                .node();
    }

    private Node coverageBox() {
        Label intro = Labels.wrapped(context.text("areas.environment.coverage.intro"), UiStyles.HINT);
        VBox box = new VBox(8, intro, tiles, missingText);
        box.setPadding(new Insets(0, 20, 8, 20));
        return box;
    }

    private void create(EnvironmentFactor factor) {
        new NoteDialog(context, model.newNote(factor)).showAndWait();
    }

    private void refresh() {
        if (!model.loadedProperty().get()) {
            return;
        }
        count.setText(context.text("areas.environment.count", model.notes().size()));
        boolean begun = !model.notes().isEmpty();
        tiles.getChildren().setAll(model.coverage().stream().filter(c -> c.factor().isCore())
                .map(c -> tile(c, begun)).toList());
        List<EnvironmentFactor> missing = model.missing();
        // Before the first note there is nothing to warn about: the factors are simply still to do.
        boolean started = !model.notes().isEmpty();
        boolean anyMissing = started && !missing.isEmpty();
        missingText.setVisible(anyMissing);
        missingText.setManaged(anyMissing);
        missingText.setText(anyMissing ? context.text("areas.environment.missing",
                missing.stream().map(context::label).collect(Collectors.joining(", ")), missing.size()) : "");
        missingText.setGraphic(anyMissing ? Icons.of(Material2AL.ERROR_OUTLINE, 16) : null);

        sections.getChildren().clear();
        if (model.notes().isEmpty()) {
            Label empty = new Label(context.text("areas.environment.empty.title"));
            empty.getStyleClass().add(Styles.TITLE_4);
            Label text = Labels.wrapped(context.text("areas.environment.empty.text"), Styles.TEXT_MUTED);
            sections.getChildren().addAll(empty, text);
        }
        for (FactorCoverage factor : model.coverage()) {
            sections.getChildren().add(section(factor));
        }
    }

    private Node tile(FactorCoverage coverage, boolean warn) {
        Label name = Labels.wrapped(context.label(coverage.factor()), Styles.TEXT_BOLD);
        Label notes = new Label(coverage.missing() ? context.text("areas.environment.coverage.none")
                : context.text("areas.environment.coverage.notes", coverage.notes()),
                coverage.missing() && !warn ? null
                        : Icons.of(coverage.missing() ? Material2AL.ERROR_OUTLINE : Material2AL.CHECK_CIRCLE_OUTLINE, 16));
        notes.getStyleClass().add("coverage-count");
        notes.setId("coverage-" + coverage.factor().code() + "-count");
        VBox tile = new VBox(2, name, notes);
        tile.getStyleClass().add("coverage-tile");
        if (coverage.missing() && warn) {
            tile.getStyleClass().add("missing");
        }
        tile.setId("coverage-" + coverage.factor().code());
        tile.setPrefWidth(240);
        tile.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(tile, Priority.ALWAYS);
        return tile;
    }

    private Node section(FactorCoverage factor) {
        List<NoteCard> notes = model.notesFor(factor.factor());
        Label title = new Label(context.label(factor.factor()) + "  " + notes.size());
        title.getStyleClass().add(Styles.TITLE_4);
        Region spacer = Nodes.spacer();
        Button add = new Button(context.text("areas.environment.add-for", context.label(factor.factor())),
                Icons.of(Material2AL.ADD, 14));
        add.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        add.setOnAction(e -> create(factor.factor()));
        add.setId("note-add-" + factor.factor().code());
        HBox heading = new HBox(8, title, spacer, add);
        heading.setAlignment(Pos.CENTER_LEFT);
        VBox section = new VBox(6, heading);
        section.getStyleClass().add("factor-section");
        section.setId("factor-" + factor.factor().code());
        if (notes.isEmpty()) {
            Label none = new Label(context.text(factor.factor().isCore()
                    ? "areas.environment.factor.none." + factor.factor().code() : "areas.environment.factor.none"));
            none.getStyleClass().add(factor.factor().isCore() && !model.notes().isEmpty() ? Styles.WARNING : UiStyles.HINT);
            none.setWrapText(true);
            section.getChildren().add(none);
        }
        notes.forEach(note -> section.getChildren().add(card(note)));
        return section;
    }

    private Node card(NoteCard card) {
        Label title = Labels.wrapped(card.note().title(), Styles.TEXT_BOLD);
        Label meta = Labels.wrapped(card.meta(), UiStyles.HINT);
        Region spacer = Nodes.spacer();
        Button edit = new Button(null, Icons.of(Material2AL.EDIT, 16));
        edit.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        edit.setAccessibleText(context.text("areas.environment.edit"));
        edit.setTooltip(new Tooltip(context.text("areas.environment.edit")));
        edit.setOnAction(e -> {
            // A note opened to read or edit is a recent item of "Zoeken in alles".
            RecentItems.opened(context, SearchKind.NOTE, card.note().id());
            new NoteDialog(context, model.edit(card)).showAndWait();
        });
        Button delete = new Button(null, Icons.of(Material2AL.DELETE_OUTLINE, 16));
        delete.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.DANGER);
        delete.setAccessibleText(context.text("areas.action.delete"));
        delete.setTooltip(new Tooltip(context.text("areas.action.delete")));
        delete.setOnAction(e -> model.delete(card));
        VBox text = new VBox(2, title, meta);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button history = new Button(null, Icons.of(Material2AL.HISTORY, 16));
        history.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        history.setId("note-history-" + card.note().id());
        history.setAccessibleText(context.text("history.ui.record.action"));
        history.setTooltip(new Tooltip(context.text("history.ui.record.action")));
        history.setOnAction(e -> context.dialogs().show(new RecordHistoryDialog(context,
                RecordKind.NOTE, card.note().id(), card.note().title())));
        HBox top = new HBox(8, text, spacer, edit, history, delete);
        top.setAlignment(Pos.TOP_LEFT);
        VBox box = new VBox(6, top);
        if (card.note().body() != null) {
            Label body = new Label(card.note().body());
            body.setWrapText(true);
            body.setMinHeight(Region.USE_PREF_SIZE);
            box.getChildren().add(body);
        }
        if (card.note().sourceUrl() != null) {
            Hyperlink link = new Hyperlink(card.note().sourceUrl(), Icons.of(Material2MZ.OPEN_IN_NEW, 14));
            link.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
            link.setMaxWidth(560);
            link.setTooltip(new Tooltip(context.text("areas.environment.open-source", card.note().sourceUrl())));
            link.setOnAction(e -> model.openSource(card));
            box.getChildren().add(link);
        }
        box.getStyleClass().add("note-card");
        box.setUserData(card.note().id());
        return box;
    }
}
