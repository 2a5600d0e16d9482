package nl.verbinder.store;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import nl.verbinder.domain.Mention;
import nl.verbinder.domain.PersonTraces;
import nl.verbinder.domain.PersonalData;
import nl.verbinder.domain.RetentionCandidate;

/**
 * Finds and removes a person's traces in free text (summaries, notes, tags), for erasure
 * under the GDPR. Knows every text column of every table.
 */
public interface PersonalDataRepository {

    /**
     * Every mention of the person in every free-text field, except in the person's own record
     * (which goes as a whole), with where it is and the text around it.
     */
    List<Mention> findMentions(PersonTraces traces, long personId);

    /**
     * Every mention of a person whose own record is the row {@code ownId} of {@code ownTable}
     * ({@code therapist}, {@code partner}), leaving that record out: for the inzage of a
     * therapist or of a partner that is a person.
     */
    List<Mention> findMentions(PersonTraces traces, String ownTable, long ownId);

    /**
     * Replaces the chosen mentions with the replacement in every free-text field. Every
     * record whose text changes gets a higher version, and so does the record a changed line
     * belongs to (a partner, for its tags), so that a form opened before cannot save the old
     * text back; the search index follows in the same transaction.
     *
     * @param chosen which mentions go (the mentions it sees carry no record label)
     * @return how many fields changed
     */
    int redact(PersonTraces traces, long personId, Predicate<Mention> chosen, String replacement);

    /**
     * Replaces every mention of the person, the first name alone included, in the change
     * history's values and labels: the history is no place to keep a doubtful mention, and no
     * one edits it. Called after {@link #redact}, whose changes the history recorded with the old text.
     *
     * @return how many history values changed
     */
    int redactHistory(PersonTraces traces, String replacement);

    /**
     * Raises the version of every record that refers to the person (the contact moments they
     * took part in), before the person is deleted: losing the link changes those records too.
     */
    void markReferencesChanged(long personId);

    /** How many fields in the whole database contain the text, ignoring case. */
    int countOccurrences(String text);

    /** The contact moments the person took part in, newest first, for the inzage. */
    List<PersonalData.Moment> momentsOf(long personId);

    /** The imports that created or filled in the person's record, oldest first. */
    List<PersonalData.Import> importsOf(long personId);

    /** The contact moments a therapist took part in or logged, newest first. */
    List<PersonalData.Moment> momentsOfTherapist(long therapistId);

    /** The contact moments with a partner (a partner that is a person), newest first. */
    List<PersonalData.Moment> momentsOfPartner(long partnerId);

    /** The imports that created or filled in a partner's record, oldest first. */
    List<PersonalData.Import> importsOfPartner(long partnerId);

    /**
     * Every column {@link #findMentions} searches, as {@code table.column}: read from the
     * schema, so a table added later is searched too.
     */
    List<String> searchedColumns();

    /**
     * The contact persons whose last contact moment (or, without any, whose record was made)
     * lies before the cutoff, and those at partners that ended before the cutoff; each once,
     * the partnership's end first.
     */
    List<RetentionCandidate> retentionCandidates(LocalDate cutoff);
}
