package nl.verbinder.ui.partners;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.verbinder.domain.Mention;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.FxDialogs;

/**
 * Asks before erasing a contact person: what goes, every place another record mentions the
 * person (with the text around it, to tick or untick the doubtful ones), and where copies
 * may remain that the erase cannot reach. Its result is the mentions the user confirmed.
 */
final class ErasePersonDialog extends Dialog<List<Mention>> {

    ErasePersonDialog(UiContext context, ErasePersonViewModel model) {
        String name = model.person().name();
        setTitle(context.text("ui.persons.erase.title", name));
        setHeaderText(context.text("ui.persons.erase.title", name));

        Label message = wrapped(context.text("ui.persons.erase.message", name));
        VBox content = new VBox(12, message);
        if (model.choices().isEmpty()) {
            content.getChildren().add(wrapped(context.text("ui.persons.erase.none", name)));
        } else {
            content.getChildren().add(wrapped(context.text("ui.persons.erase.mentions", name,
                    model.choices().size())));
            VBox list = new VBox(8);
            list.setId("erase-mentions");
            list.setPadding(new Insets(4));
            int index = 0;
            for (ErasePersonViewModel.Choice choice : model.choices()) {
                CheckBox box = new CheckBox(model.where(choice.mention()));
                box.setId("mention-" + index++);
                box.setWrapText(true); // record and field both readable, not cut off after the record's name
                box.selectedProperty().bindBidirectional(choice.chosenProperty());
                box.setDisable(choice.fixed());
                Label snippet = wrapped(choice.mention().snippet());
                snippet.getStyleClass().add(Styles.TEXT_MUTED);
                snippet.setPadding(new Insets(0, 0, 0, 26));
                list.getChildren().add(new VBox(2, box, snippet));
            }
            ScrollPane scroll = new ScrollPane(list);
            scroll.setFitToWidth(true);
            // At most about three mentions high, so the dialog fits a laptop's 640 pixels; the list scrolls.
            scroll.setPrefViewportHeight(Math.min(140, 60 * model.choices().size()));
            content.getChildren().add(scroll);
        }
        Label copiesTitle = new Label(context.text("ui.persons.erase.copies.title"));
        copiesTitle.getStyleClass().add(Styles.TEXT_BOLD);
        Label copies = wrapped(context.text("ui.persons.erase.copies", name));
        copies.setId("erase-copies");
        Label beforeUpdate = wrapped(context.text("ui.persons.erase.copies.before-update"));
        content.getChildren().addAll(copiesTitle, copies, beforeUpdate);
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(640);

        ButtonType erase = new ButtonType(context.text("ui.persons.erase.confirm"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(context.text("ui.action.cancel"), ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(erase, cancel);
        FxDialogs.safeDefault(getDialogPane(), erase, cancel);
        getDialogPane().lookupButton(erase).setId("erase-confirm");
        getDialogPane().lookupButton(erase).getStyleClass().add(Styles.DANGER);
        setResultConverter(button -> button == erase ? model.confirmed() : null);
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
