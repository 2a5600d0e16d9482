package nl.verbinder.domain;

/** Where a shared goal (gemeenschappelijke deler) stands. */
public enum GoalStatus implements Coded {
    IDEA("idea"),
    EXPLORING("exploring"),
    AGREED("agreed"),
    ACTIVE("active"),
    ACHIEVED("achieved"),
    STOPPED("stopped");

    private final String code;

    GoalStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String labelKey() {
        return "goal-status." + code;
    }
}
