package nl.verbinder.domain;

import java.util.List;

/** Input that breaks one or more rules; nothing was written. */
public class ValidationException extends VerbinderException {

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("error.validation", errors.size());
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("A validation exception needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public ValidationException(FieldError error) {
        this(List.of(error));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The first error for the given field, if any. */
    public FieldError errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).findFirst().orElse(null);
    }
}
