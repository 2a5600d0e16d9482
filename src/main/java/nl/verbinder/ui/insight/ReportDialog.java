package nl.verbinder.ui.insight;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import nl.verbinder.domain.insight.Quarter;
import nl.verbinder.ui.area.UiContext;

/**
 * "Kwartaalrapport…": which quarter, and where the PDF goes; and the practice's name when it
 * has none yet (the report is made out in it, so it is required then).
 */
public final class ReportDialog extends Dialog<ReportDialog.Request> {

    /** What the user chose; {@code practiceName} is null when the practice's own name is used. */
    public record Request(Quarter quarter, Path file, String practiceName) {

        public Request(Quarter quarter, Path file) {
            this(quarter, file, null);
        }
    }

    private static final int QUARTERS = 12;

    private final ComboBox<Quarter> quarter = new ComboBox<>();
    private final TextField file = new TextField();
    private final TextField practice = new TextField();

    /**
     * The dialog; {@code practiceName} is the practice's own name, and when it is blank the
     * dialog asks for one.
     */
    public ReportDialog(UiContext context, String practiceName) {
        boolean askName = practiceName == null || practiceName.isBlank();
        setTitle(context.text("insights.report.dialog.title"));
        setHeaderText(context.text("insights.report.dialog.header"));
        List<Quarter> quarters = new ArrayList<>();
        Quarter current = Quarter.of(context.today());
        for (int i = 0; i < QUARTERS; i++) {
            quarters.add(current);
            current = current.previous();
        }
        quarter.setId("report-quarter");
        quarter.setItems(FXCollections.observableArrayList(quarters));
        quarter.setConverter(new StringConverter<>() {
            @Override
            public String toString(Quarter q) {
                return q == null ? "" : context.text("insights.quarter.name", q.number(), q.year()) + " ("
                        + context.date(q.start()) + " – " + context.date(q.end()) + ")";
            }

            @Override
            public Quarter fromString(String text) {
                return null;
            }
        });
        quarter.setValue(quarters.get(1));
        Path home = Path.of(System.getProperty("user.home", "."));
        file.setId("report-file");
        file.setPrefColumnCount(36);
        file.setText(home.resolve(fileName(context, quarter.getValue())).toString());
        quarter.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && old != null) {
                file.setText(file.getText().replace(fileName(context, old), fileName(context, chosen)));
            }
        });
        Button browse = new Button(context.text("insights.report.dialog.browse"));
        browse.setId("report-browse");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(context.text("insights.report.dialog.title"));
            Path typed = Path.of(file.getText().isBlank() ? home.toString() : file.getText());
            if (typed.getParent() != null && typed.getParent().toFile().isDirectory()) {
                chooser.setInitialDirectory(typed.getParent().toFile());
            }
            chooser.setInitialFileName(fileName(context, quarter.getValue()));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            File chosen = chooser.showSaveDialog(getOwner());
            if (chosen != null) {
                file.setText(chosen.getPath());
            }
        });

        Label quarterLabel = new Label(context.text("insights.report.dialog.quarter"));
        quarterLabel.setLabelFor(quarter);
        Label fileLabel = new Label(context.text("insights.report.dialog.file"));
        fileLabel.setLabelFor(file);
        // The labels keep their words; the fields give way.
        quarterLabel.setMinWidth(Region.USE_PREF_SIZE);
        fileLabel.setMinWidth(Region.USE_PREF_SIZE);
        browse.setMinWidth(Region.USE_PREF_SIZE);
        file.setMinWidth(200);
        GridPane grid = new GridPane(10, 10);
        grid.setPadding(new Insets(10));
        grid.addRow(0, quarterLabel, quarter);
        grid.addRow(1, fileLabel, file, browse);
        GridPane.setHgrow(file, Priority.ALWAYS);
        if (askName) {
            Label practiceLabel = new Label(context.text("insights.report.dialog.practice"));
            practiceLabel.setLabelFor(practice);
            practiceLabel.setMinWidth(Region.USE_PREF_SIZE);
            practice.setId("report-practice");
            Label hint = new Label(context.text("insights.report.dialog.practice-hint"));
            hint.setWrapText(true);
            hint.setPrefWidth(360);
            hint.setMinHeight(Region.USE_PREF_SIZE);
            quarter.setMinWidth(Region.USE_PREF_SIZE); // the wrapping hint must not take the quarter's room
            grid.addRow(2, practiceLabel, practice);
            grid.add(hint, 1, 3, 2, 1);
        }
        getDialogPane().setContent(grid);

        ButtonType make = new ButtonType(context.text("insights.report.dialog.make"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(make,
                new ButtonType(context.text("ui.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().lookupButton(make).setId("report-make");
        var missing = file.textProperty().isEmpty().or(quarter.valueProperty().isNull());
        if (askName) {
            missing = missing.or(Bindings.createBooleanBinding(
                    () -> practice.getText().isBlank(), practice.textProperty()));
        }
        getDialogPane().lookupButton(make).disableProperty().bind(missing);
        setResultConverter(button -> button == make ? new Request(quarter.getValue(), pdf(file.getText()),
                askName ? practice.getText().strip() : null) : null);
        setOnShown(e -> quarter.requestFocus());
    }

    private static String fileName(UiContext context, Quarter q) {
        return context.text("insights.report.file-name", q.toString());
    }

    /** The path as typed, with {@code .pdf} added when it has no such ending. */
    static Path pdf(String text) {
        String path = text.strip();
        return Path.of(path.toLowerCase(Locale.ROOT).endsWith(".pdf") ? path : path + ".pdf");
    }
}
