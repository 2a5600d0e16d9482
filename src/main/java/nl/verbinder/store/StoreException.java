package nl.verbinder.store;

import nl.verbinder.domain.VerbinderException;

/** The database could not do what was asked: a full disk, a locked file, a broken file. */
public class StoreException extends VerbinderException {

    public StoreException(String messageKey, Throwable cause, Object... args) {
        super(messageKey, cause, args);
    }
}
