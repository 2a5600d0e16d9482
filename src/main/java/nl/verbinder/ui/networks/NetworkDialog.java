package nl.verbinder.ui.networks;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import nl.verbinder.domain.Coded;
import nl.verbinder.domain.networks.GovernanceForm;
import nl.verbinder.domain.networks.NetworkFocus;
import nl.verbinder.domain.networks.NetworkKind;
import nl.verbinder.domain.networks.NetworkPhase;
import nl.verbinder.domain.networks.NetworkScope;
import nl.verbinder.domain.networks.OurRole;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.Choices;
import nl.verbinder.ui.form.DateField;
import nl.verbinder.ui.form.Form;
import nl.verbinder.ui.form.FormBindings;
import nl.verbinder.ui.form.FormDialog;
import nl.verbinder.ui.form.FormField;

/** "Nieuw netwerk" and "Bewerken": what the network is, how it is steered, our part and the contract. */
final class NetworkDialog {

    private final FormDialog dialog;

    NetworkDialog(UiContext context, NetworkEditor editor) {
        Form form = new Form(2);
        FormField<TextField> name = FormField.text("name", context.text("field.name"));
        FormBindings.text(name, editor.nameProperty(), editor);
        form.add(name, 2);
        form.add(choice(context, editor, "kind", NetworkKind.class, editor.kindProperty()));
        form.add(choice(context, editor, "governance", GovernanceForm.class, editor.governanceProperty()));
        form.add(choice(context, editor, "focus", NetworkFocus.class, editor.focusProperty()));
        form.add(choice(context, editor, "ourRole", OurRole.class, editor.ourRoleProperty()));
        form.add(choice(context, editor, "scope", NetworkScope.class, editor.scopeProperty()));
        FormField<TextField> region = FormField.text("region", context.text("field.region"));
        FormBindings.text(region, editor.regionProperty(), editor);
        form.add(region);
        if (editor.isNew()) {
            form.add(choice(context, editor, "phase", NetworkPhase.class, editor.phaseProperty()));
        }
        FormField<TextField> hours = FormField.text("hoursPerQuarter", context.text("field.hoursPerQuarter"));
        FormBindings.text(hours, editor.hoursProperty(), editor);
        form.add(hours);
        FormField<TextField> contract = FormField.text("contract", context.text("field.contract"));
        contract.control().setPromptText(context.text("networks.contract.prompt"));
        FormBindings.text(contract, editor.contractProperty(), editor);
        form.add(contract);
        FormField<DateField> until = FormBindings.dateField("contractUntil", context.text("field.contractUntil"), context);
        FormBindings.date(until, editor.contractUntilProperty(), editor);
        form.add(until);
        form.showErrors(editor.errors());
        String heading = context.text(editor.isNew() ? "networks.new" : "networks.edit");
        dialog = new FormDialog(context, heading, context.text("ui.action.save"), form.node(), editor.unsaved(),
                editor::save);
        dialog.dialog().setOnShown(e -> Platform.runLater(() -> name.control().requestFocus()));
    }

    private static <E extends Enum<E> & Coded> FormField<ComboBox<E>> choice(
            UiContext context, NetworkEditor editor, String name, Class<E> type,
            ObjectProperty<E> value) {
        FormField<ComboBox<E>> field = FormField.choice(name, context.text("field." + name));
        Choices.coded(field.control(), type, context.messages(), null, false);
        FormBindings.choice(field, value, editor);
        return field;
    }

    boolean showAndWait() {
        return dialog.showAndWait();
    }
}
