package nl.verbinder.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.MomentQuery;
import nl.verbinder.domain.MomentView;

/** Contact moments with the therapists, contact persons and shared goals they involve. */
public interface ContactMomentRepository {

    default long insert(ContactMoment moment, Instant now) {
        return insert(moment, null, now);
    }

    /**
     * Inserts the moment under the id the workstation made for it ({@code clientId}, or
     * {@code null} for none); the store takes each client id once (a unique index).
     */
    long insert(ContactMoment moment, String clientId, Instant now);

    /** The moment logged under this client id, if one was. */
    Optional<Long> findByClientId(String clientId);

    /** Updates when the stored version is still {@code moment.version()}; false when it is not. */
    boolean update(ContactMoment moment, Instant now);

    Optional<ContactMoment> find(long id);

    void delete(long id);

    /** Moments of partners not in the trash, newest first, with names, in a fixed number of queries. */
    List<MomentView> list(MomentQuery query);

    /** How many contact moments the query finds, without its limit. */
    int count(MomentQuery query);

    /** Marks the follow-up done on the given date; false when the version no longer matches. */
    boolean markFollowUpDone(long id, int version, LocalDate doneOn, Instant now);

    /** The date of the partner's last contact moment, if any. */
    Optional<LocalDate> lastContact(long partnerId);

    /** How many contact moments the partner has, also while it is in the trash. */
    int countForPartner(long partnerId);

    /** Moves every moment of one partner to another (a merge); their versions go up. */
    int moveToPartner(long fromPartnerId, long toPartnerId, Instant now);

    /**
     * Makes the moments one contact person took part in name another instead (a merge of two
     * persons); the moments' versions go up.
     */
    int moveContactPersonLinks(long fromPersonId, long toPersonId, Instant now);
}
