package nl.verbinder.domain.history;

import nl.verbinder.domain.Coded;

/** What happened to a record in one change. */
public enum ChangeAction implements Coded {
    /** The history began (a new database, or one from a release before the history). */
    START("start"),
    INSERT("insert"),
    UPDATE("update"),
    DELETE("delete"),
    /** A contact person was erased under the GDPR: the history keeps that, not who. */
    ERASE("erase");

    private final String code;

    ChangeAction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String labelKey() {
        return "history.action." + code;
    }
}
