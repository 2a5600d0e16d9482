package nl.verbinder.service;

import java.util.ArrayList;
import java.util.List;
import nl.verbinder.domain.ConflictException;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.NotFoundException;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.i18n.Messages;

/** Says a refusal in the user's language, for the window and the command line alike. */
public final class ErrorText {

    private ErrorText() {
    }

    /** The whole message: a headline and, for invalid input, one line per field. */
    public static String describe(Messages messages, VerbinderException e) {
        if (e instanceof ValidationException invalid) {
            List<String> lines = new ArrayList<>();
            lines.add(messages.get(invalid.messageKey(), invalid.args().toArray()));
            for (FieldError error : invalid.errors()) {
                lines.add("  " + field(messages, error));
            }
            return String.join(System.lineSeparator(), lines);
        }
        return headline(messages, e);
    }

    /** One field's error with the field's label: "Postcode: '12' is geen Nederlandse postcode ...". */
    public static String field(Messages messages, FieldError error) {
        return messages.get("error.field", fieldLabel(messages, error.field()), message(messages, error));
    }

    /** Only the message of a field error, for showing next to the field itself. */
    public static String message(Messages messages, FieldError error) {
        return messages.get(error.messageKey(), error.args().toArray());
    }

    public static String fieldLabel(Messages messages, String field) {
        String key = "field." + field;
        return messages.has(key) ? messages.get(key) : field;
    }

    private static String headline(Messages messages, VerbinderException e) {
        Object[] args = e.args().toArray();
        if ((e instanceof ConflictException || e instanceof NotFoundException) && args.length > 0) {
            args[0] = messages.get("entity." + args[0]);
        }
        return messages.get(e.messageKey(), args);
    }
}
