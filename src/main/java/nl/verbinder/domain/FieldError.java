package nl.verbinder.domain;

import java.util.List;

/**
 * One thing wrong with one field of a form, command or imported row. The message is a
 * resource-bundle key with its arguments, so each interface says it in the user's language.
 *
 * @param field      the field's name in code (e.g. {@code postcode}); its label key is {@code field.<field>}
 * @param messageKey the bundle key of the message
 * @param args       arguments for the message's placeholders
 */
public record FieldError(String field, String messageKey, List<Object> args) {

    public FieldError {
        args = List.copyOf(args);
    }

    public static FieldError of(String field, String messageKey, Object... args) {
        return new FieldError(field, messageKey, List.of(args));
    }
}
