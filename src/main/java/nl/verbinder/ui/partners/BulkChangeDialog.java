package nl.verbinder.ui.partners;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import nl.verbinder.domain.PartnerBulkChange;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.Therapist;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.Choices;
import nl.verbinder.ui.form.Form;
import nl.verbinder.ui.form.FormField;

/** One change for several partners: owner, status, tags to add or take off. Unset means unchanged. */
final class BulkChangeDialog extends Dialog<PartnerBulkChange> {

    /** The owner choice: leave as is, nobody, or a therapist. */
    private record OwnerChoice(boolean change, Therapist therapist) {
    }

    BulkChangeDialog(UiContext context, int count, List<Therapist> therapists) {
        setTitle(context.text("ui.bulk.title"));
        setHeaderText(context.count("ui.bulk.header", count));
        FormField<ComboBox<OwnerChoice>> owner = FormField.choice("owner", context.text("field.owner"));
        List<OwnerChoice> owners = new ArrayList<>();
        owners.add(new OwnerChoice(false, null));
        owners.add(new OwnerChoice(true, null));
        therapists.stream().filter(Therapist::active).forEach(t -> owners.add(new OwnerChoice(true, t)));
        owner.control().getItems().setAll(owners);
        owner.control().setConverter(Choices.converter(choice -> !choice.change() ? context.text("ui.bulk.unchanged")
                : choice.therapist() == null ? context.text("ui.partners.owner.none") : choice.therapist().name(), null));
        owner.control().setValue(owners.getFirst());
        owner.control().setId("bulk-owner");

        FormField<ComboBox<PartnerStatus>> status = FormField.choice("status", context.text("field.status"));
        Choices.coded(status.control(), PartnerStatus.class, context.messages(), context.text("ui.bulk.unchanged"), false);
        status.control().setValue(null);
        status.control().setId("bulk-status");

        FormField<TextField> add = FormField.text("addTags", context.text("ui.bulk.add-tags"));
        add.control().setPromptText(context.text("ui.partners.tags.prompt"));
        FormField<TextField> remove = FormField.text("removeTags", context.text("ui.bulk.remove-tags"));
        remove.control().setPromptText(context.text("ui.partners.tags.prompt"));
        Form form = new Form(1);
        form.add(owner).add(status).add(add).add(remove);
        getDialogPane().setContent(form.node());
        getDialogPane().setPrefWidth(460);
        ButtonType apply = new ButtonType(context.text("ui.bulk.apply"), ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(apply, new ButtonType(context.text("ui.action.cancel"), ButtonData.CANCEL_CLOSE));
        getDialogPane().lookupButton(apply).setId("bulk-apply");
        setResultConverter(button -> {
            if (button != apply) {
                return null;
            }
            PartnerBulkChange change = PartnerBulkChange.none()
                    .withStatus(status.control().getValue())
                    .addingTags(PartnerDetailViewModel.splitTags(add.control().getText()))
                    .removingTags(PartnerDetailViewModel.splitTags(remove.control().getText()));
            OwnerChoice chosen = owner.control().getValue();
            if (chosen != null && chosen.change()) {
                change = change.withOwner(chosen.therapist() == null ? null : chosen.therapist().id());
            }
            return change;
        });
    }
}
