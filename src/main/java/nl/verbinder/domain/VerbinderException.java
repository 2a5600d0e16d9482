package nl.verbinder.domain;

import java.util.List;

/**
 * A refusal a user should read: it carries a resource-bundle key and arguments instead of a
 * fixed text, so the command line and the window can say it in the user's language.
 */
public class VerbinderException extends RuntimeException {

    private final String messageKey;
    private final List<Object> args;

    public VerbinderException(String messageKey, Object... args) {
        this(messageKey, null, args);
    }

    public VerbinderException(String messageKey, Throwable cause, Object... args) {
        super(messageKey + " " + List.of(args), cause);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
