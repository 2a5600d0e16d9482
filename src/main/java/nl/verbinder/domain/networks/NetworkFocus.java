package nl.verbinder.domain.networks;

import nl.verbinder.domain.Coded;

/** What a network is organised around: a client group, a condition, or a task in the region (opgave). */
public enum NetworkFocus implements Coded {
    CLIENT("client"),
    CONDITION("condition"),
    TASK("task");

    private final String code;

    NetworkFocus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String labelKey() {
        return "network-focus." + code;
    }
}
