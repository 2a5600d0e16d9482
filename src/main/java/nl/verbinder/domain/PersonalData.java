package nl.verbinder.domain;

import java.time.Instant;
import java.util.List;
import nl.verbinder.domain.history.Change;

/**
 * Everything Verbinder holds about one person, for a request under the GDPR (AVG, art. 15 and
 * 20): a contact person, a therapist of the practice, or a partner that is a person. The
 * record itself, the contact moments they took part in, every mention of them in free text
 * elsewhere (found in any notation, as the erase finds them) and the imports that brought them
 * in or filled them in.
 *
 * @param practiceName the practice that holds the data (empty when not filled in)
 * @param made         when this overview was made
 * @param subject      what kind of record the person has
 * @param id           the id of the person's record (a contact person's, a therapist's, a partner's)
 * @param name         the person's name
 * @param record       the fields of the person's own record, in order, as shown
 * @param person       the contact person's record; null for a therapist or a partner
 * @param partnerName  the partner a contact person belongs to (empty for the others)
 * @param moments      the contact moments they took part in (a partner's: its moments), newest first
 * @param mentions     every mention in another record's free text
 * @param imports      the imports that created or filled in the record
 */
public record PersonalData(String practiceName, Instant made, Subject subject, long id, String name, List<Field> record,
                           ContactPerson person, String partnerName, List<Moment> moments, List<Mention> mentions,
                           List<Import> imports, List<Change> history) {

    public PersonalData {
        record = List.copyOf(record);
        moments = List.copyOf(moments);
        mentions = List.copyOf(mentions);
        imports = List.copyOf(imports);
        history = List.copyOf(history);
    }

    /** Whose data it is. */
    public enum Subject implements Coded {
        CONTACT_PERSON("contact-person"),
        THERAPIST("therapist"),
        PARTNER("partner");

        private final String code;

        Subject(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String labelKey() {
            return "privacy.subject." + code;
        }
    }

    /**
     * One field of the person's own record.
     *
     * @param labelKey      the bundle key of the field's name
     * @param value         its value as stored (codes as codes, moments in ISO), or null when empty
     * @param valueLabelKey for a code, the bundle key of its label; otherwise null
     */
    public record Field(String labelKey, String value, String valueLabelKey) {

        public Field(String labelKey, String value) {
            this(labelKey, value, null);
        }

        public static Field coded(String labelKey, Coded value) {
            return new Field(labelKey, value == null ? null : value.code(), value == null ? null : value.labelKey());
        }
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
