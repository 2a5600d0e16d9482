package nl.verbinder.testutil;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.verbinder.domain.networks.GovernanceForm;
import nl.verbinder.domain.networks.NetworkFocus;
import nl.verbinder.domain.networks.NetworkKind;
import nl.verbinder.domain.networks.NetworkMember;
import nl.verbinder.domain.networks.NetworkPhase;
import nl.verbinder.domain.networks.NetworkScope;
import nl.verbinder.domain.networks.OurRole;
import nl.verbinder.domain.networks.PracticeNetwork;

/** Builds practice networks for tests: {@code aNetwork().named("Beweegnetwerk").withRole(LEAD).build()}. */
public final class NetworkBuilder {

    private String name = "Beweegnetwerk Oost";
    private NetworkKind kind = NetworkKind.DEVELOPMENT;
    private GovernanceForm governance = GovernanceForm.SELF_GOVERNED;
    private NetworkFocus focus = NetworkFocus.TASK;
    private NetworkScope scope = NetworkScope.REGIONAL;
    private String region = "Utrecht-Oost";
    private OurRole role = OurRole.PARTICIPANT;
    private Integer hours;
    private String contract;
    private LocalDate contractUntil;
    private NetworkPhase phase = NetworkPhase.RECRUITING;
    private final List<NetworkMember> members = new ArrayList<>();
    private Set<Long> goals = Set.of();

    public static NetworkBuilder aNetwork() {
        return new NetworkBuilder();
    }

    public NetworkBuilder named(String value) {
        name = value;
        return this;
    }

    public NetworkBuilder ofKind(NetworkKind value) {
        kind = value;
        return this;
    }

    public NetworkBuilder governedBy(GovernanceForm value) {
        governance = value;
        return this;
    }

    public NetworkBuilder national() {
        scope = NetworkScope.NATIONAL;
        region = null;
        return this;
    }

    public NetworkBuilder withRole(OurRole value) {
        role = value;
        return this;
    }

    public NetworkBuilder inPhase(NetworkPhase value) {
        phase = value;
        return this;
    }

    public NetworkBuilder hoursPerQuarter(Integer value) {
        hours = value;
        return this;
    }

    public NetworkBuilder contract(String value, LocalDate until) {
        contract = value;
        contractUntil = until;
        return this;
    }

    public NetworkBuilder withMember(long partnerId, String memberRole) {
        members.add(NetworkMember.of(partnerId, memberRole));
        return this;
    }

    public NetworkBuilder withGoals(Long... ids) {
        goals = Set.of(ids);
        return this;
    }

    public PracticeNetwork build() {
        return new PracticeNetwork(null, name, kind, governance, focus, scope, region, role, hours, contract,
                contractUntil, phase, null, members, goals, null, null, 0);
    }
}
