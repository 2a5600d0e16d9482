package nl.verbinder.ui.insight;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.Chart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.ui.area.PngFiles;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.Icons;
import nl.verbinder.ui.fx.Labels;
import nl.verbinder.ui.fx.Nodes;
import nl.verbinder.ui.fx.PngTarget;
import nl.verbinder.ui.fx.UiStyles;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One chart of the Inzicht view in a card: its title, the chart (or a short text when the
 * period has no data), a note under it, and "Exporteren als PNG".
 */
final class ChartCard extends VBox {

    private final UiContext context;
    private final String code;
    private final Chart chart;
    private final Label empty;
    private final Label note = new Label();
    private final Supplier<PngTarget> target;
    private final Button export;

    ChartCard(UiContext context, String code, String title, Chart chart, Supplier<PngTarget> target) {
        super(6);
        this.context = context;
        this.code = code;
        this.chart = chart;
        this.target = target;
        setId("insight-" + code);
        getStyleClass().addAll(UiStyles.CARD, "insight-card");
        setPadding(new Insets(12));
        Label heading = Labels.wrapped(title, Styles.TITLE_4);
        Region spacer = Nodes.spacer();
        export = new Button(context.text("insights.export"), Icons.of(Material2MZ.SAVE_ALT, 14));
        export.setId("insight-" + code + "-export");
        export.getStyleClass().add(Styles.SMALL);
        export.setOnAction(e -> exportPng());
        export.setMinWidth(Region.USE_PREF_SIZE);
        HBox bottom = new HBox(8, spacer, export);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        chart.setId("insight-" + code + "-chart");
        chart.setAnimated(false);
        chart.setMinHeight(260);
        chart.setPrefHeight(300);
        chart.getStyleClass().add("insight-chart");
        empty = new Label(context.text("insights.chart.empty"));
        empty.setId("insight-" + code + "-empty");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        StackPane body = new StackPane(chart, empty);
        VBox.setVgrow(body, Priority.ALWAYS);
        note.setId("insight-" + code + "-note");
        note.setWrapText(true);
        note.setVisible(false);
        note.setManaged(false);
        getChildren().addAll(heading, body, note, bottom);
        showData(false);
    }

    /** Shows the chart, or the "no data" text instead. */
    void showData(boolean any) {
        chart.setVisible(any);
        empty.setVisible(!any);
        export.setDisable(!any);
    }

    /** A line under the chart (e.g. the factors still missing), in the danger colour; {@code null} hides it. */
    void note(String text) {
        note.setText(text == null ? "" : text);
        note.getStyleClass().remove(Styles.DANGER);
        if (text != null) {
            note.getStyleClass().add(Styles.DANGER);
        }
        note.setVisible(text != null);
        note.setManaged(text != null);
    }

    Chart chart() {
        return chart;
    }

    /** Saves the chart as it is drawn now (with its legend) as a PNG where the user chooses. */
    void exportPng() {
        var file = target.get().choose(context.text("insights.export.file-name", code, context.today().toString()));
        if (file.isEmpty()) {
            return;
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(cardFill());
        WritableImage image = snapshotOf(chart, parameters);
        Path target = file.get();
        PngFiles.save(context, image, target, "insights.export.done",
                () -> new VerbinderException("insights.export.failed", target.toString(), "no PNG writer"));
    }

    /** The card's own background, so the picture reads the same in the dark theme; white without one. */
    private Paint cardFill() {
        Background background = getBackground();
        if (background != null && !background.getFills().isEmpty()) {
            return background.getFills().getLast().getFill();
        }
        return Color.WHITE;
    }

    private static WritableImage snapshotOf(Node node, SnapshotParameters parameters) {
        return node.snapshot(parameters, null);
    }
}
