package nl.verbinder.domain;

/** The record asked for does not exist (any more). */
public class NotFoundException extends VerbinderException {

    public NotFoundException(String what, Object id) {
        super("error.not-found", what, id);
    }
}
