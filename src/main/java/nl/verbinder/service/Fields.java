package nl.verbinder.service;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import nl.verbinder.domain.EmailAddress;
import nl.verbinder.domain.PhoneNumber;
import nl.verbinder.domain.Postcode;
import nl.verbinder.domain.Texts;
import nl.verbinder.domain.Validator;
import nl.verbinder.domain.WebAddress;

/**
 * The checks that forms share, each adding a field error with a message key to the
 * validator and returning the cleaned value. Message keys live in the core bundle.
 */
final class Fields {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 20_000;
    static final int MAX_RHYTHM_DAYS = 3_650;

    private Fields() {
    }

    /**
     * A text the user must fill in. Fields of at most {@link #MAX_NAME} characters are one
     * line (names, titles); longer ones may hold several lines. Both are cleaned of control
     * characters and direction overrides ({@link Texts#clean}), from forms and imports alike.
     */
    static String required(Validator v, String field, String value, int maxLength) {
        String clean = cleaned(value, maxLength);
        if (clean == null) {
            v.add(field, "error.required");
            return null;
        }
        return limited(v, field, clean, maxLength);
    }

    static String optional(Validator v, String field, String value, int maxLength) {
        return limited(v, field, cleaned(value, maxLength), maxLength);
    }

    private static String cleaned(String value, int maxLength) {
        return maxLength <= MAX_NAME ? Texts.cleanLine(value) : Texts.clean(value);
    }

    static String postcode(Validator v, String field, String value) {
        return normalised(v, field, value, Postcode::normalise, "error.postcode");
    }

    static String phone(Validator v, String field, String value) {
        return normalised(v, field, value, PhoneNumber::normalise, "error.phone");
    }

    static String email(Validator v, String field, String value) {
        return normalised(v, field, value, EmailAddress::normalise, "error.email");
    }

    static String website(Validator v, String field, String value) {
        return normalised(v, field, value, WebAddress::normalise, "error.website");
    }

    static String linkedIn(Validator v, String field, String value) {
        return normalised(v, field, value, WebAddress::normaliseLinkedIn, "error.linkedin");
    }

    static Integer between(Validator v, String field, Integer value, int min, int max, String messageKey) {
        if (value != null && (value < min || value > max)) {
            v.add(field, messageKey, min, max);
        }
        return value;
    }

    static LocalDate requiredDate(Validator v, String field, LocalDate value) {
        if (value == null) {
            v.add(field, "error.required");
        }
        return value;
    }

    static <T> T requiredValue(Validator v, String field, T value) {
        if (value == null) {
            v.add(field, "error.required");
        }
        return value;
    }

    private static String limited(Validator v, String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            v.add(field, "error.too-long", maxLength);
        }
        return value;
    }

    private static String normalised(Validator v, String field, String value,
                                     Function<String, Optional<String>> normaliser, String messageKey) {
        String clean = Texts.cleanLine(value);
        if (clean == null) {
            return null;
        }
        Optional<String> normal = normaliser.apply(clean);
        if (normal.isEmpty()) {
            v.add(field, messageKey, clean);
            return clean;
        }
        return normal.get();
    }
}
