package nl.verbinder.domain;

/**
 * Someone changed the record after it was read (optimistic locking); the edit was not saved
 * so their change is not overwritten.
 */
public class ConflictException extends VerbinderException {

    public ConflictException(String what, long id) {
        super("error.conflict", what, id);
    }

    /** Someone changed this setting of the practice after it was read. */
    public ConflictException(String settingKey) {
        super("error.conflict.setting", settingKey);
    }
}
