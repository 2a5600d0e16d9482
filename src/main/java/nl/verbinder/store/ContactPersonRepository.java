package nl.verbinder.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.verbinder.domain.ContactPerson;

/** Contact persons at partners. */
public interface ContactPersonRepository {

    long insert(ContactPerson person, Instant now);

    /** Updates when the stored version is still {@code person.version()}; false when it is not. */
    boolean update(ContactPerson person, Instant now);

    Optional<ContactPerson> find(long id);

    /** The partner's contact persons, by name. */
    List<ContactPerson> forPartner(long partnerId);

    /** The contact persons of every partner not in the trash, by partner id and name, in one query. */
    List<ContactPerson> all();

    /** Deletes the row; links to contact moments go with it. */
    void delete(long id);

    /** Moves every contact person of one partner to another (a merge); their versions go up. */
    int moveToPartner(long fromPartnerId, long toPartnerId, Instant now);
}
