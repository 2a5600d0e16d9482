package nl.verbinder.domain.networks;

import nl.verbinder.domain.Coded;

/** Whether a network works in a region or nationally. */
public enum NetworkScope implements Coded {
    REGIONAL("regional"),
    NATIONAL("national");

    private final String code;

    NetworkScope(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String labelKey() {
        return "network-scope." + code;
    }
}
