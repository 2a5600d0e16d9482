package nl.verbinder.domain.networks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A network the practice takes part in: a regional exercise network, the municipality's
 * fall-prevention chain, a national condition network an insurer's contract asks membership of.
 * Not to be confused with the practice's own network of partners (the map in Netwerk).
 *
 * @param region          the region it works in; may be empty for a national network
 * @param hoursPerQuarter the hours the practice invests per quarter, if known
 * @param contract        the insurer's or municipality's contract that depends on our membership, if any
 * @param contractUntil   until when that contract (or the membership it asks) runs
 * @param phase           the phase it is in now (its history: {@link PhaseChange})
 * @param members         the partners that take part, each with a role
 * @param goalIds         the shared goals (gemeenschappelijke delers) the network works on
 */
public record PracticeNetwork(
        Long id,
        String name,
        NetworkKind kind,
        GovernanceForm governance,
        NetworkFocus focus,
        NetworkScope scope,
        String region,
        OurRole ourRole,
        Integer hoursPerQuarter,
        String contract,
        LocalDate contractUntil,
        NetworkPhase phase,
        String notes,
        List<NetworkMember> members,
        Set<Long> goalIds,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    public PracticeNetwork {
        members = members == null ? List.of() : List.copyOf(members);
        goalIds = goalIds == null ? Set.of() : Set.copyOf(goalIds);
    }

    /** A new network, not stored yet. */
    public static PracticeNetwork newNetwork(String name, NetworkKind kind, GovernanceForm governance,
                                             NetworkFocus focus, NetworkScope scope, String region, OurRole ourRole,
                                             NetworkPhase phase) {
        return new PracticeNetwork(null, name, kind, governance, focus, scope, region, ourRole, null, null, null, phase,
                null, List.of(), Set.of(), null, null, 0);
    }

    /** True when a contract depends on the practice's membership. */
    public boolean carriesContract() {
        return contract != null && !contract.isBlank();
    }

    public boolean hasMember(long partnerId) {
        return members.stream().anyMatch(m -> m.partnerId() == partnerId);
    }

    public PracticeNetwork withMembers(List<NetworkMember> newMembers) {
        return new PracticeNetwork(id, name, kind, governance, focus, scope, region, ourRole, hoursPerQuarter, contract,
                contractUntil, phase, notes, newMembers, goalIds, createdAt, updatedAt, version);
    }

    public PracticeNetwork withGoalIds(Set<Long> newGoalIds) {
        return new PracticeNetwork(id, name, kind, governance, focus, scope, region, ourRole, hoursPerQuarter, contract,
                contractUntil, phase, notes, members, newGoalIds, createdAt, updatedAt, version);
    }

    public PracticeNetwork withPhase(NetworkPhase newPhase) {
        return new PracticeNetwork(id, name, kind, governance, focus, scope, region, ourRole, hoursPerQuarter, contract,
                contractUntil, newPhase, notes, members, goalIds, createdAt, updatedAt, version);
    }

    public PracticeNetwork withNotes(String newNotes) {
        return new PracticeNetwork(id, name, kind, governance, focus, scope, region, ourRole, hoursPerQuarter, contract,
                contractUntil, phase, newNotes, members, goalIds, createdAt, updatedAt, version);
    }
}
