package nl.verbinder.domain;

import java.time.Instant;
import java.util.List;

/**
 * Everything Verbinder holds about one contact person, for a request under the GDPR (AVG,
 * art. 15 and 20): the record itself, the contact moments they took part in, every mention
 * of them in free text elsewhere (found in any notation, as the erase finds them) and the
 * imports that brought them in or filled them in.
 *
 * @param practiceName the practice that holds the data (empty when not filled in)
 * @param made         when this overview was made
 * @param person       the person's own record
 * @param partnerName  the partner the person belongs to
 * @param moments      the contact moments they took part in, newest first
 * @param mentions     every mention in another record's free text
 * @param imports      the imports that created or filled in the record
 */
public record PersonalData(String practiceName, Instant made, ContactPerson person, String partnerName,
                           List<Moment> moments, List<Mention> mentions, List<Import> imports) {

    public PersonalData {
        moments = List.copyOf(moments);
        mentions = List.copyOf(mentions);
        imports = List.copyOf(imports);
    }

    /** A contact moment the person took part in, as the inzage shows it. */
    public record Moment(long id, String date, String kind, String partnerName, String summary, String offered,
                         String asked, String followUp) {
    }

    /**
     * An import that created the person's record or filled in its fields.
     *
     * @param action       {@code created} or {@code filled}
     * @param filledFields the fields it filled in (comma-separated), or null
     * @param undoneAt     when the import was undone, or null
     */
    public record Import(long importId, String source, String fileName, String importedAt, String action,
                         String filledFields, String undoneAt) {
    }
}
