package nl.verbinder.domain.networks;

import nl.verbinder.domain.Coded;

/**
 * What kind of network it is: managed (central leadership with authority), one of the three
 * cooperative kinds (members as equals: development, learning, advocacy), or social
 * (individual learning and connections).
 */
public enum NetworkKind implements Coded {
    MANAGED("managed"),
    DEVELOPMENT("development"),
    LEARNING("learning"),
    ADVOCACY("advocacy"),
    SOCIAL("social");

    private final String code;

    NetworkKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String labelKey() {
        return "network-kind." + code;
    }
}
