package nl.verbinder.ui.partners;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.VBox;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.FxDialogs;

/** What the two merge dialogs (partners, contact persons) share around their field choices. */
final class MergeDialogParts {

    private MergeDialogParts() {
    }

    /**
     * Shows the content at the width with "Samenvoegen" and "Annuleren"; merging deletes one of
     * the two, so Enter does not do it. Returns the merge button's type.
     */
    static ButtonType mergeButtons(Dialog<?> dialog, UiContext context, double width, Node... content) {
        dialog.getDialogPane().setContent(new VBox(14, content));
        dialog.getDialogPane().setPrefWidth(width);
        ButtonType merge = new ButtonType(context.text("ui.merge.action"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(context.text("ui.action.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(merge, cancel);
        FxDialogs.safeDefault(dialog.getDialogPane(), merge, cancel);
        dialog.getDialogPane().lookupButton(merge).setId("merge-confirm");
        return merge;
    }
}
