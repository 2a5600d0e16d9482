package nl.verbinder.ui.partners;

import atlantafx.base.theme.Styles;
import java.util.function.Supplier;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.Labels;

/** Merging two contact persons who are the same person: per field which value stays. */
final class MergePersonsDialog extends Dialog<MergePersonsDialog.Plan> {

    /** The person that stays with the chosen values, and the one that goes. */
    record Plan(ContactPerson kept, long goneId, int goneVersion) {
    }

    MergePersonsDialog(UiContext context, ContactPerson first, ContactPerson second) {
        setTitle(context.text("ui.merge.persons.title"));
        setHeaderText(context.text("ui.merge.persons.header"));
        MergeChoices choices = new MergeChoices(context, first.name(), second.name());
        Supplier<String> name = choices.text(context.text("field.name"), first.name(), second.name());
        Supplier<String> role = choices.text(context.text("field.role"), first.role(), second.role());
        Supplier<String> email = choices.text(context.text("field.email"), first.email(), second.email());
        Supplier<String> phone = choices.text(context.text("field.phone"), first.phone(), second.phone());
        Supplier<String> linkedin = choices.text(context.text("field.linkedinUrl"), first.linkedinUrl(), second.linkedinUrl());
        Supplier<String> notes = choices.longText(context.text("field.notes"), first.notes(), second.notes());
        Label moves = Labels.wrapped(context.text("ui.merge.persons.moves"), Styles.TEXT_MUTED);
        ButtonType merge = MergeDialogParts.mergeButtons(this, context, 700, choices.node(), moves);
        setResultConverter(button -> button != merge ? null
                : new Plan(new ContactPerson(first.id(), first.partnerId(), name.get(), role.get(), email.get(), phone.get(),
                        linkedin.get(), notes.get(), first.createdAt(), first.updatedAt(), first.version()),
                        second.id(), second.version()));
    }
}
