package nl.verbinder.ui.partners;

import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.Mention;
import nl.verbinder.service.MentionTexts;
import nl.verbinder.ui.area.UiContext;

/**
 * Erasing a contact person (GDPR): the mentions of the person elsewhere, found before the
 * dialog opens, each with whether it goes; then the erase itself, with the mentions chosen.
 * Mentions that leave no doubt (full name, e-mail, phone, LinkedIn) always go.
 */
final class ErasePersonViewModel {

    /** One mention and whether the user wants it erased. */
    static final class Choice {
        private final Mention mention;
        private final BooleanProperty chosen;

        Choice(Mention mention) {
            this.mention = mention;
            this.chosen = new SimpleBooleanProperty(mention.proposed() || mention.kind().alwaysErased());
        }

        Mention mention() {
            return mention;
        }

        BooleanProperty chosenProperty() {
            return chosen;
        }

        /** Whether the user cannot untick it: it goes anyway. */
        boolean fixed() {
            return mention.kind().alwaysErased();
        }
    }

    private final UiContext context;
    private final ContactPerson person;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();

    ErasePersonViewModel(UiContext context, ContactPerson person) {
        this.context = context;
        this.person = person;
    }

    ContactPerson person() {
        return person;
    }

    ObservableList<Choice> choices() {
        return choices;
    }

    /** Finds the mentions in the background, then calls back on the FX thread. */
    void load(Runnable onLoaded) {
        context.run(() -> context.services().contactPersons().findMentions(person.id()), mentions -> {
            choices.setAll(mentions.stream().map(Choice::new).toList());
            onLoaded.run();
        });
    }

    List<Mention> confirmed() {
        return choices.stream().filter(c -> c.chosenProperty().get()).map(Choice::mention).toList();
    }

    /** Erases in the background with the mentions the user confirmed; reports how many other fields changed. */
    void erase(List<Mention> confirmed, IntConsumer onErased) {
        context.run(() -> context.services().contactPersons().erasePerson(person.id(), confirmed), onErased::accept);
    }

    /** "Partner Huisarts Oost · Notities": the record and the field, as the user knows them. */
    String where(Mention mention) {
        return context.text("ui.persons.erase.where", context.text("mention.record." + mention.recordType()),
                mention.recordLabel(), MentionTexts.field(context.messages(), mention.field()),
                context.text(mention.kind().labelKey()));
    }
}
