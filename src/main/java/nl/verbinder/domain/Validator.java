package nl.verbinder.domain;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors while a use case checks its input, then throws them all at once. */
public final class Validator {

    private final List<FieldError> errors = new ArrayList<>();

    public Validator add(String field, String messageKey, Object... args) {
        errors.add(FieldError.of(field, messageKey, args));
        return this;
    }

    public Validator add(FieldError error) {
        errors.add(error);
        return this;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** Throws a {@link ValidationException} with every error collected, if there is any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
