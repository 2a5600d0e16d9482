package nl.verbinder.ui.partners;

import java.nio.file.Path;
import java.util.function.Consumer;
import nl.verbinder.domain.PersonalData;
import nl.verbinder.ui.area.UiContext;

/**
 * What the AVG inzage of a contact person needs from the services: everything held about the
 * person, and its export to JSON or PDF, both in the background.
 */
final class PersonalDataModel {

    private final UiContext context;

    PersonalDataModel(UiContext context) {
        this.context = context;
    }

    void gather(long personId, Consumer<PersonalData> onLoaded) {
        context.run(() -> context.services().personalData().gather(personId), onLoaded);
    }

    void export(long personId, Path target, Consumer<PersonalData> onDone) {
        context.run(() -> context.services().personalData().export(personId, target, context.messages()), onDone);
    }
}
