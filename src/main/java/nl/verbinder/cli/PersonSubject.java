package nl.verbinder.cli;

import nl.verbinder.domain.PersonalData;
import nl.verbinder.service.PersonalDataService;
import picocli.CommandLine.Option;

/**
 * Whose data {@code person show} and {@code person export} are about: a contact person (by
 * default), a therapist ({@code --therapist}) or a partner that is a person ({@code --partner}).
 */
final class PersonSubject {

    @Option(names = "--therapist", descriptionKey = "person.therapist")
    boolean therapist;

    @Option(names = "--partner", descriptionKey = "person.partner")
    boolean partner;

    /** The kind of record and its id, found by name or number. */
    record Found(PersonalData.Subject subject, long id) {
    }

    Found resolve(PersonalDataService service, String nameOrId) {
        if (therapist && partner) {
            throw UsageException.of("therapist", "person.subject.both");
        }
        if (therapist) {
            return new Found(PersonalData.Subject.THERAPIST, service.resolveTherapist(nameOrId).id());
        }
        if (partner) {
            return new Found(PersonalData.Subject.PARTNER, service.resolvePartner(nameOrId).id());
        }
        return new Found(PersonalData.Subject.CONTACT_PERSON, service.resolve(nameOrId).id());
    }
}
