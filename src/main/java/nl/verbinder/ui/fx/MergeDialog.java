package nl.verbinder.ui.fx;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.verbinder.i18n.Messages;

/**
 * "Tegelijk gewijzigd": after an edit conflict, each field that differs in a row, the user's
 * version and the stored one side by side, each with a choice (keep mine / take theirs). Saving
 * stores the chosen values on top of the latest version; reloading shows the latest version;
 * Escape keeps editing. Only fields that differ are shown, so a conflict on one field asks one
 * question.
 */
public final class MergeDialog extends Dialog<FieldMerge.Answer> {

    public MergeDialog(Messages messages, FieldMerge merge) {
        setTitle(messages.get("ui.conflict.title"));
        setHeaderText(messages.get("ui.conflict.title"));
        getDialogPane().setId("merge-dialog");
        Label message = new Label(messages.get("ui.merge.message", merge.message()));
        message.setWrapText(true);
        message.setMaxWidth(620);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(8, 0, 0, 0));
        ColumnConstraints label = new ColumnConstraints();
        ColumnConstraints side = new ColumnConstraints(180, 260, 360);
        side.setHgrow(Priority.SOMETIMES);
        grid.getColumnConstraints().addAll(label, side, side);
        Label field = header(messages.get("ui.merge.field"));
        grid.addRow(0, field, header(messages.get("ui.merge.mine")), header(messages.get("ui.merge.theirs")));
        int r = 1;
        for (FieldMerge.Row row : merge.rows()) {
            ToggleGroup choice = new ToggleGroup();
            RadioButton mine = option(messages, row.mine(), choice, "merge-" + row.name() + "-mine");
            RadioButton theirs = option(messages, row.theirs(), choice, "merge-" + row.name() + "-theirs");
            choice.selectToggle(row.takeTheirs().get() ? theirs : mine);
            theirs.selectedProperty().addListener((obs, was, selected) -> row.takeTheirs().set(selected));
            Label name = new Label(row.label());
            name.setLabelFor(mine);
            grid.addRow(r++, name, mine, theirs);
        }
        ScrollPane rows = new ScrollPane(grid);
        rows.setFitToWidth(true);
        rows.setPrefViewportHeight(Math.min(420, 60 + 56 * merge.rows().size()));
        getDialogPane().setContent(new VBox(10, message, rows));

        ButtonType save = new ButtonType(messages.get("ui.merge.save"), ButtonData.OK_DONE);
        ButtonType reload = new ButtonType(messages.get("ui.conflict.reload"), ButtonData.OTHER);
        ButtonType keep = new ButtonType(messages.get("ui.conflict.keep"), ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(save, reload, keep);
        getDialogPane().lookupButton(save).setId("merge-save");
        getDialogPane().lookupButton(reload).setId("merge-reload");
        getDialogPane().lookupButton(keep).setId("merge-keep");
        setResultConverter(button -> button == save ? FieldMerge.Answer.SAVE_MERGED
                : button == reload ? FieldMerge.Answer.RELOAD : FieldMerge.Answer.KEEP_EDITING);
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-bold");
        return label;
    }

    private static RadioButton option(Messages messages, String value, ToggleGroup group, String id) {
        RadioButton button = new RadioButton(value == null || value.isEmpty() ? messages.get("ui.merge.empty") : value);
        button.setId(id);
        button.setToggleGroup(group);
        button.setWrapText(true);
        button.setMaxWidth(360);
        return button;
    }
}
