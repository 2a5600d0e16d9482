package nl.verbinder.ui.partners;

import java.nio.file.Path;
import java.util.function.Consumer;
import nl.verbinder.domain.PersonalData;
import nl.verbinder.ui.area.UiContext;

/**
 * What the AVG inzage of a contact person, therapist or partner that is a person needs from the services: everything held about the
 * person, and its export to JSON or PDF, both in the background.
 */
final class PersonalDataModel {

    private final UiContext context;

    PersonalDataModel(UiContext context) {
        this.context = context;
    }

    void gather(long personId, Consumer<Inzage> onLoaded) {
        gather(PersonalData.Subject.CONTACT_PERSON, personId, onLoaded);
    }

    /** Everything held about a contact person, a therapist or a partner that is a person, with their record's history. */
    void gather(PersonalData.Subject subject, long id, Consumer<Inzage> onLoaded) {
        context.run(() -> {
            PersonalData data = context.services().personalData().gather(subject, id);
            return new Inzage(data, context.services().personalData().historySentences(data, context.messages()));
        }, onLoaded);
    }

    void export(PersonalData.Subject subject, long id, Path target, Consumer<PersonalData> onDone) {
        context.run(() -> context.services().personalData().export(subject, id, target, context.messages()), onDone);
    }
}
