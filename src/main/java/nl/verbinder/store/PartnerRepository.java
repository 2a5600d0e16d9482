package nl.verbinder.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerDuplicate;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.domain.PartnerQuery;

/** Partners, their tags, and the trash. */
public interface PartnerRepository {

    /** Stores a new partner with its tags and returns its id. */
    long insert(Partner partner, Instant now);

    /**
     * Updates a partner and its tags when the stored version is still {@code partner.version()};
     * false when someone changed it since (or it is gone).
     */
    boolean update(Partner partner, Instant now);

    /** The partner, also when it is in the trash. */
    Optional<Partner> find(long id);

    /** The partners (not in the trash) with exactly this name, ignoring case and accents. */
    List<Partner> findByName(String name);

    /** The partners (not in the trash) whose name contains this text, ignoring case and accents. */
    List<Partner> findByNameContaining(String text, int limit);

    /** One page of the partner list, with owner names and last contacts, in one query. */
    List<PartnerOverview> list(PartnerQuery query, LocalDate today);

    /** How many partners the query matches, ignoring its page. */
    int count(PartnerQuery query, LocalDate today);

    /** The partners with these ids (trash included), with owner names and last contacts. */
    List<PartnerOverview> overviews(Collection<Long> ids);

    /** Partners in the trash, most recently deleted first. */
    List<PartnerOverview> trash();

    boolean moveToTrash(long id, Instant now);

    boolean restore(long id, Instant now);

    /** Deletes a partner and everything that belongs only to it (contact persons, moments, links). */
    void deleteForGood(long id);

    /** Partners not in the trash. */
    int countActiveRecords();

    /**
     * Sets when a partner was added, for a history that starts before today (the demo
     * practice); nothing else changes, not even the version.
     */
    void recordCreatedAt(long id, Instant createdAt);

    /**
     * Pairs of partners (not in the trash) that are probably one organisation: the same name
     * at the same postcode, or the same e-mail address. In a fixed number of queries.
     */
    List<PartnerDuplicate> likelyDuplicates();
}
