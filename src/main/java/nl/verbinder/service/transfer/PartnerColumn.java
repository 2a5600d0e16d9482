package nl.verbinder.service.transfer;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.domain.Texts;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.transfer.csv.CsvDialect;

/**
 * The columns a partner CSV can have: what an export writes (labels in the user's language,
 * names instead of ids) and what an import reads. The header of a column is the label of its
 * field; an import recognises it in Dutch and English, with the aliases of the transfer bundle.
 */
public enum PartnerColumn {
    NAME("name", "field.name", true, (o, c) -> o.partner().name()),
    KIND("kind", "field.kind", false, (o, c) -> c.label(o.partner().kind().labelKey())),
    CATEGORY("category", "field.category", true, (o, c) -> c.label(o.partner().category().labelKey())),
    STATUS("status", "field.status", true, (o, c) -> c.label(o.partner().status().labelKey())),
    STREET("street", "field.street", true, (o, c) -> o.partner().street()),
    POSTCODE("postcode", "field.postcode", true, (o, c) -> o.partner().postcode()),
    CITY("city", "field.city", true, (o, c) -> o.partner().city()),
    PHONE("phone", "field.phone", true, (o, c) -> o.partner().phone()),
    EMAIL("email", "field.email", true, (o, c) -> o.partner().email()),
    WEBSITE("website", "field.website", true, (o, c) -> o.partner().website()),
    OWNER("owner", "field.owner", true, (o, c) -> o.ownerName()),
    RHYTHM_DAYS("rhythmDays", "field.rhythmDays", false, (o, c) -> number(o.partner().rhythmDays())),
    TRUST("trust", "field.trust", false, (o, c) -> number(o.partner().trust())),
    TAGS("tags", "field.tags", true, (o, c) -> String.join(", ", o.partner().tags())),
    LAST_CONTACT("lastContact", "transfer.column.lastContact", true, (o, c) -> c.dialect().date(o.lastContact())),
    HOW_WE_KNOW_EACH_OTHER("howWeKnowEachOther", "field.howWeKnowEachOther", false,
            (o, c) -> o.partner().howWeKnowEachOther()),
    WHAT_THEY_MEAN_FOR_US("whatTheyMeanForUs", "field.whatTheyMeanForUs", false,
            (o, c) -> o.partner().whatTheyMeanForUs()),
    WHAT_WE_MEAN_FOR_THEM("whatWeMeanForThem", "field.whatWeMeanForThem", false,
            (o, c) -> o.partner().whatWeMeanForThem()),
    NOTES("notes", "field.notes", false, (o, c) -> o.partner().notes()),
    /** The day the practice has known the partner since (dd-mm-jjjj or ISO), when earlier than its creation. */
    KNOWN_SINCE("knownSince", "field.knownSince", false, (o, c) -> c.dialect().date(o.partner().knownSince())),
    /** Import only: a contact person of the partner on the same row. */
    CONTACT_NAME("contactName", "transfer.column.contactName", false, null),
    CONTACT_ROLE("contactRole", "transfer.column.contactRole", false, null),
    CONTACT_EMAIL("contactEmail", "transfer.column.contactEmail", false, null),
    CONTACT_PHONE("contactPhone", "transfer.column.contactPhone", false, null);

    /** What an export needs to write a cell: the user's language and the CSV dialect. */
    public record Context(Messages messages, CsvDialect dialect) {

        String label(String key) {
            return messages.get(key);
        }
    }

    private static final List<Messages> LANGUAGES = List.of(Messages.dutch(), Messages.english());

    private final String code;
    private final String labelKey;
    private final boolean inDefaultExport;
    private final BiFunction<PartnerOverview, Context, String> value;

    PartnerColumn(String code, String labelKey, boolean inDefaultExport,
                  BiFunction<PartnerOverview, Context, String> value) {
        this.code = code;
        this.labelKey = labelKey;
        this.inDefaultExport = inDefaultExport;
        this.value = value;
    }

    /** The stable name, used by {@code --columns} and {@code --map}: {@code name}, {@code postcode}, ... */
    public String code() {
        return code;
    }

    /** The bundle key of the column's header. */
    public String labelKey() {
        return labelKey;
    }

    /** Whether an export can write it (the contact person columns are for imports only). */
    public boolean exportable() {
        return value != null;
    }

    /** Whether an import can read it (the last contact is computed, not entered). */
    public boolean importable() {
        return this != LAST_CONTACT;
    }

    /** The cell of this column for a partner. */
    public String valueOf(PartnerOverview partner, Context context) {
        if (value == null) {
            throw new IllegalStateException(code + " is not exported");
        }
        return value.apply(partner, context);
    }

    /** What an export writes when the user chooses nothing. */
    public static List<PartnerColumn> defaultExport() {
        return Arrays.stream(values()).filter(c -> c.inDefaultExport).toList();
    }

    public static List<PartnerColumn> exportable(boolean all) {
        return Arrays.stream(values()).filter(PartnerColumn::exportable).filter(c -> all || c.inDefaultExport).toList();
    }

    /**
     * The column with this code, or with this header in Dutch or English (its label or one of
     * the aliases in the transfer bundle, {@code transfer.header.<code>}), ignoring case,
     * accents, spaces and punctuation: "E-mailadres", "email" and "E-Mail" are all {@link #EMAIL}.
     */
    public static Optional<PartnerColumn> find(String text) {
        String wanted = key(text);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (PartnerColumn column : values()) {
            if (key(column.code).equals(wanted)) {
                return Optional.of(column);
            }
        }
        for (Messages messages : LANGUAGES) {
            for (PartnerColumn column : values()) {
                if (key(messages.get(column.labelKey)).equals(wanted)) {
                    return Optional.of(column);
                }
                String aliases = "transfer.header." + column.code;
                if (messages.has(aliases)) {
                    for (String alias : messages.get(aliases).split(",")) {
                        if (key(alias).equals(wanted)) {
                            return Optional.of(column);
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the text names the partner's or the contact person's name column (a header, not a name). */
    public static boolean isNameHeader(String text) {
        return NameHeaders.KEYS.contains(key(text));
    }

    /** The folded headers of the two name columns, made once. */
    private static final class NameHeaders {

        static final Set<String> KEYS = headers(NAME, CONTACT_NAME);

        private static Set<String> headers(PartnerColumn... columns) {
            Set<String> keys = new HashSet<>();
            for (PartnerColumn column : columns) {
                keys.add(key(column.code));
                for (Messages messages : LANGUAGES) {
                    keys.add(key(messages.get(column.labelKey)));
                    String aliases = "transfer.header." + column.code;
                    if (messages.has(aliases)) {
                        for (String alias : messages.get(aliases).split(",")) {
                            keys.add(key(alias));
                        }
                    }
                }
            }
            keys.remove("");
            return Set.copyOf(keys);
        }
    }

    /** The partner field a validation error on this column is about, as in {@link nl.verbinder.domain.FieldError}. */
    public String field() {
        return switch (this) {
            case CONTACT_NAME -> "name";
            case CONTACT_ROLE -> "role";
            case CONTACT_EMAIL -> "email";
            case CONTACT_PHONE -> "phone";
            default -> code;
        };
    }

    public boolean isContactPerson() {
        return this == CONTACT_NAME || this == CONTACT_ROLE || this == CONTACT_EMAIL || this == CONTACT_PHONE;
    }

    public static String key(String text) {
        return Texts.fold(text).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String number(Integer value) {
        return value == null ? null : String.valueOf(value);
    }
}
