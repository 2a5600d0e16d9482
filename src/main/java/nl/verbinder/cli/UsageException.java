package nl.verbinder.cli;

import java.util.List;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.ValidationException;

/**
 * An option value the command cannot read (an unknown code, a date that is no date, two
 * options that exclude each other): the command was used wrongly, exit code 2, whichever
 * parser found it. Refusals for the data's sake stay {@link ValidationException}s (exit 1).
 */
final class UsageException extends ValidationException {

    UsageException(List<FieldError> errors) {
        super(errors);
    }

    UsageException(FieldError error) {
        super(error);
    }

    static UsageException of(String field, String messageKey, Object... args) {
        return new UsageException(FieldError.of(field, messageKey, args));
    }
}
