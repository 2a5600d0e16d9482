package nl.verbinder.domain.networks;

import nl.verbinder.domain.Coded;

/** How a network is steered (Provan and Kenis): by its members together, by one lead organisation, or by an organisation set up for the network. */
public enum GovernanceForm implements Coded {
    SELF_GOVERNED("self-governed"),
    LEAD_ORGANISATION("lead-organisation"),
    NETWORK_ORGANISATION("network-organisation");

    private final String code;

    GovernanceForm(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String labelKey() {
        return "network-governance." + code;
    }
}
