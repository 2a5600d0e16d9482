package nl.verbinder.domain;

import java.util.Set;

/**
 * One place where a text mentions a person who is to be erased, shown to the user to confirm
 * before anything is erased.
 *
 * @param recordType  what kind of record holds the text ({@code partner}, {@code contact-moment},
 *                    ...; a bundle key {@code mention.record.<recordType>} names it)
 * @param recordId    the record's id, as text (a tag is "partner id/tag")
 * @param recordLabel the record as the user knows it: a partner's name, a moment's date and partner
 * @param field       the field ({@code notes}, {@code summary}, ...; bundle key {@code mention.field.<field>})
 * @param ordinal     which mention of this kind in this field (0 for the first), so a confirmed
 *                    mention is found again when the erase runs
 * @param kind        how the person is mentioned
 * @param found       the mention as written
 * @param snippet     the text around it, on one line, for the user to judge
 */
public record Mention(String recordType, String recordId, String recordLabel, String field, int ordinal,
                      MentionKind kind, String found, String snippet) {

    /** Where the mention is and what kind it is, without its text: the same mention, found again. */
    public String key() {
        return recordType + "/" + recordId + "/" + field + "/" + kind.code() + "/" + ordinal;
    }

    /** Fields where a surname is usually part of an address: a domain, a website, a profile link. */
    private static final Set<String> ADDRESS_FIELDS = Set.of("email", "website", "linkedin_url");

    /**
     * Whether the erase proposes this mention (ticked at first). A surname inside a partner's
     * own name ("Huisartsenpraktijk Van den Bergh-Ouwehand") or inside anyone's e-mail address,
     * website or profile link (a colleague's "jw.devries@vandenbergh-ouwehand.nl") is most
     * likely the organisation's: shown, but left for the user to tick.
     */
    public boolean proposed() {
        if (kind == MentionKind.SURNAME
                && (ADDRESS_FIELDS.contains(field) || recordType.equals("partner") && field.equals("name"))) {
            return false;
        }
        return kind.proposed();
    }
}
