package nl.verbinder.service.transfer.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.Partner;

/**
 * How a merge changes a record: it fills in the fields that are empty with the row's values
 * and never overwrites one, so nothing the user entered is lost; undoing it empties those
 * fields again. Field names are those of {@link nl.verbinder.domain.FieldError}.
 */
final class FieldFill {

    /** A record with some fields filled in, and which. */
    record Filled<T>(T record, List<String> fields) {
    }

    private record Field<T>(String name, Function<T, Object> get, BiFunction<T, Object, T> set) {
    }

    private static final List<Field<Partner>> PARTNER_FIELDS = List.of(
            partner("street", Partner::street, (b, v) -> b.street((String) v)),
            partner("postcode", Partner::postcode, (b, v) -> b.postcode((String) v)),
            partner("city", Partner::city, (b, v) -> b.city((String) v)),
            partner("phone", Partner::phone, (b, v) -> b.phone((String) v)),
            partner("email", Partner::email, (b, v) -> b.email((String) v)),
            partner("website", Partner::website, (b, v) -> b.website((String) v)),
            partner("howWeKnowEachOther", Partner::howWeKnowEachOther, (b, v) -> b.howWeKnowEachOther((String) v)),
            partner("whatTheyMeanForUs", Partner::whatTheyMeanForUs, (b, v) -> b.whatTheyMeanForUs((String) v)),
            partner("whatWeMeanForThem", Partner::whatWeMeanForThem, (b, v) -> b.whatWeMeanForThem((String) v)),
            partner("rhythmDays", Partner::rhythmDays, (b, v) -> b.rhythmDays((Integer) v)),
            partner("trust", Partner::trust, (b, v) -> b.trust((Integer) v)),
            partner("owner", Partner::ownerId, (b, v) -> b.ownerId((Long) v)),
            partner("tags", p -> p.tags().isEmpty() ? null : p.tags(),
                    (b, v) -> b.tags(v == null ? List.of() : castList(v))),
            partner("notes", Partner::notes, (b, v) -> b.notes((String) v)),
            partner("knownSince", Partner::knownSince, (b, v) -> b.knownSince((LocalDate) v)));

    private static final List<Field<ContactPerson>> PERSON_FIELDS = List.of(
            new Field<>("role", ContactPerson::role, (p, v) -> person(p, "role", v)),
            new Field<>("email", ContactPerson::email, (p, v) -> person(p, "email", v)),
            new Field<>("phone", ContactPerson::phone, (p, v) -> person(p, "phone", v)),
            new Field<>("linkedinUrl", ContactPerson::linkedinUrl, (p, v) -> person(p, "linkedinUrl", v)),
            new Field<>("notes", ContactPerson::notes, (p, v) -> person(p, "notes", v)));

    private FieldFill() {
    }

    static Filled<Partner> fill(Partner current, Partner row) {
        return fill(current, row, PARTNER_FIELDS);
    }

    static Filled<ContactPerson> fill(ContactPerson current, ContactPerson row) {
        return fill(current, row, PERSON_FIELDS);
    }

    static Partner clear(Partner current, List<String> fields) {
        return clear(current, fields, PARTNER_FIELDS);
    }

    static ContactPerson clear(ContactPerson current, List<String> fields) {
        return clear(current, fields, PERSON_FIELDS);
    }

    private static <T> Filled<T> fill(T current, T row, List<Field<T>> fields) {
        T result = current;
        List<String> filled = new ArrayList<>();
        for (Field<T> field : fields) {
            Object value = field.get().apply(row);
            if (blank(field.get().apply(current)) && !blank(value)) {
                result = field.set().apply(result, value);
                filled.add(field.name());
            }
        }
        return new Filled<>(result, filled);
    }

    private static <T> T clear(T current, List<String> names, List<Field<T>> fields) {
        T result = current;
        for (Field<T> field : fields) {
            if (names.contains(field.name())) {
                result = field.set().apply(result, null);
            }
        }
        return result;
    }

    private static boolean blank(Object value) {
        return value == null || (value instanceof String s && s.isBlank());
    }

    private static Field<Partner> partner(String name, Function<Partner, Object> get,
                                          BiFunction<Partner.Builder, Object, Partner.Builder> set) {
        return new Field<>(name, get, (p, v) -> set.apply(p.toBuilder(), v).build());
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) {
        return (List<String>) value;
    }

    private static ContactPerson person(ContactPerson p, String field, Object value) {
        String v = (String) value;
        return new ContactPerson(p.id(), p.partnerId(), p.name(),
                field.equals("role") ? v : p.role(),
                field.equals("email") ? v : p.email(),
                field.equals("phone") ? v : p.phone(),
                field.equals("linkedinUrl") ? v : p.linkedinUrl(),
                field.equals("notes") ? v : p.notes(),
                p.createdAt(), p.updatedAt(), p.version());
    }
}
