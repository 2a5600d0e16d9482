package nl.verbinder.service.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verbinder.domain.MomentView;
import nl.verbinder.domain.networks.DimensionScore;
import nl.verbinder.domain.networks.EffectivenessFactors;
import nl.verbinder.domain.networks.GovernanceForm;
import nl.verbinder.domain.networks.MaturityDimension;
import nl.verbinder.domain.networks.NetworkFocus;
import nl.verbinder.domain.networks.NetworkKind;
import nl.verbinder.domain.networks.NetworkMember;
import nl.verbinder.domain.networks.NetworkPhase;
import nl.verbinder.domain.networks.NetworkReview;
import nl.verbinder.domain.networks.NetworkScope;
import nl.verbinder.domain.networks.NetworkTip;
import nl.verbinder.domain.networks.OurRole;
import nl.verbinder.domain.networks.PracticeNetwork;
import nl.verbinder.domain.networks.ReviewDecision;
import nl.verbinder.service.ContactMomentService;
import nl.verbinder.service.PracticeNetworkService;

/**
 * The demo practice's networks: three, with four reviews each, that tell a story. The
 * fall-prevention chain matures (the scores climb, the phase moves on); the exercise network
 * stalls (the scores fall back, the phase goes back to recruiting, nobody met for months while
 * we lead it); the national COPD network is let go while an insurer's contract still hangs on
 * it. Dates are relative to today, like the rest of the demo.
 */
final class DemoNetworks {

    private final LocalDate today;
    private final PracticeNetworkService networks;
    private final ContactMomentService moments;
    private final Map<String, Long> partners;
    private final Map<String, Long> goals;

    DemoNetworks(LocalDate today, PracticeNetworkService networks, ContactMomentService moments,
                 Map<String, Long> partners, Map<String, Long> goals) {
        this.today = today;
        this.networks = networks;
        this.moments = moments;
        this.partners = partners;
        this.goals = goals;
    }

    /** Stores the three networks with their phases, reviews and a few moments held in them; returns how many. */
    int add() {
        PracticeNetwork falls = network("Valpreventieketen Amersfoort", NetworkKind.DEVELOPMENT,
                GovernanceForm.LEAD_ORGANISATION, NetworkFocus.TASK, NetworkScope.REGIONAL, "Amersfoort",
                OurRole.CORE_GROUP, 12, "Gemeente Amersfoort: valpreventie (GALA-middelen)", today.plusMonths(14),
                List.of(member("gemeente-amersfoort", "opdrachtgever"), member("gp-bergh", "verwijzer"),
                        member("welfare-wijkteam", "signaleert valrisico"),
                        member("homecare-thuiszorg", "valrisicocheck thuis"),
                        member("welfare-buurtkamer", "locatie In Balans")),
                "Kruiskamp in beweging: ouderen wandelen en trainen", NetworkPhase.RECRUITING, 26);
        phase(falls, NetworkPhase.REGIONALISING, 18);
        phase(falls, NetworkPhase.PARTICIPATING, 10);
        phase(falls, NetworkPhase.INSTITUTIONALISING, 3);
        review(falls, 23, new int[] {2, 2, 1, 2, 1, 1}, null, 2, 5, 2, 3, ReviewDecision.INVEST,
                "Kerngroep vormen met het wijkteam en de huisarts.", NetworkTip.CLEAR_TASK);
        review(falls, 17, new int[] {2, 3, 2, 2, 2, 1}, null, 3, 5, 3, 3, ReviewDecision.INVEST,
                "Eerste In Balans-groep in de buurtkamer starten.", NetworkTip.CLEAR_TASK,
                NetworkTip.CORE_COALITION, NetworkTip.ROOM_TO_MEET);
        review(falls, 11, new int[] {3, 3, 2, 3, 3, 2}, null, 3, 5, 3, 3, ReviewDecision.INVEST,
                "Tweede groep; de gemeente wil de keten voortzetten.", NetworkTip.CLEAR_TASK,
                NetworkTip.CORE_COALITION, NetworkTip.ROOM_TO_MEET, NetworkTip.REFLECTION);
        review(falls, 5, new int[] {4, 3, 3, 3, 3, 3}, "Iedereen kent de route van signaal tot groep", 4, 5, 3, 3,
                ReviewDecision.MAINTAIN, "Loopt; onze uren terug naar 12 per kwartaal.", NetworkTip.CLEAR_TASK,
                NetworkTip.CORE_COALITION, NetworkTip.ROOM_TO_MEET, NetworkTip.REFLECTION, NetworkTip.SHOW_PROGRESS,
                NetworkTip.RIGHT_PEOPLE);
        tagLatestMoments(falls, "gemeente-amersfoort", "welfare-wijkteam");

        PracticeNetwork exercise = network("Beweegnetwerk Amersfoort-Noord", NetworkKind.LEARNING,
                GovernanceForm.SELF_GOVERNED, NetworkFocus.CLIENT, NetworkScope.REGIONAL, "Amersfoort-Noord",
                OurRole.LEAD, 20, null, null,
                List.of(member("gym-fitfabriek", "beweegaanbod"), member("pool-waterlelie", "zwemaanbod"),
                        member("club-keistad", "wandel- en loopgroepen"), member("coach-dijkstra", "leefstijlcoach"),
                        member("diet-hart", "voeding")),
                "Samen in beweging met artrose", NetworkPhase.RECRUITING, 24);
        phase(exercise, NetworkPhase.PARTICIPATING, 15);
        phase(exercise, NetworkPhase.RECRUITING, 4);
        review(exercise, 25, new int[] {2, 2, 2, 2, 2, 2}, null, 3, 5, 3, 1, ReviewDecision.INVEST,
                "Enthousiaste start; elke maand samen.", NetworkTip.ROOM_TO_MEET, NetworkTip.RIGHT_PEOPLE);
        review(exercise, 19, new int[] {3, 3, 2, 3, 3, 2}, null, 3, 7, 3, 2, ReviewDecision.MAINTAIN,
                "Twee nieuwe leden; folder gemaakt.", NetworkTip.ROOM_TO_MEET, NetworkTip.RIGHT_PEOPLE,
                NetworkTip.CLEAR_TASK);
        review(exercise, 13, new int[] {3, 2, 2, 2, 2, 2}, null, 2, 7, 2, 2, ReviewDecision.MAINTAIN,
                "Overleggen vallen uit; steeds wij aan zet.", NetworkTip.RIGHT_PEOPLE);
        review(exercise, 7, new int[] {2, 2, 1, 2, 1, 2}, "Twee overleggen op rij niemand behalve wij", 2, 7, 2, 2,
                ReviewDecision.INVEST, "Nieuwe start: kleinere kerngroep, trekkersrol rouleren.");
        tagOldestMoments(exercise, "gym-fitfabriek", "pool-waterlelie");

        PracticeNetwork copd = network("Landelijk Netwerk Longfysiotherapie (COPD)", NetworkKind.MANAGED,
                GovernanceForm.NETWORK_ORGANISATION, NetworkFocus.CONDITION, NetworkScope.NATIONAL, null,
                OurRole.PARTICIPANT, 6, "ZorgSamen Midden: module netwerkzorg COPD", today.plusDays(45),
                List.of(member("insurer-zorgsamen", "financier"), member("gp-schothorst", "verwijzer")),
                null, NetworkPhase.PARTICIPATING, 30);
        phase(copd, NetworkPhase.INSTITUTIONALISING, 20);
        review(copd, 24, new int[] {3, 2, 2, 3, 2, 2}, null, 3, 400, 3, 4, ReviewDecision.MAINTAIN,
                "Nascholing gevolgd; registratie rond.", NetworkTip.CLEAR_TASK, NetworkTip.SHOW_PROGRESS);
        review(copd, 18, new int[] {2, 2, 2, 3, 2, 2}, null, 3, 400, 3, 4, ReviewDecision.MAINTAIN,
                "Weinig verwijzingen.", NetworkTip.CLEAR_TASK);
        review(copd, 12, new int[] {2, 2, 1, 3, 1, 2}, null, 2, 400, 3, 4, ReviewDecision.MAINTAIN,
                "De regionale bijeenkomsten passen niet in ons rooster.");
        review(copd, 2, new int[] {2, 1, 1, 3, 1, 1}, "Drie COPD-patiënten per jaar", 2, 400, 3, 4,
                ReviewDecision.LET_GO, "Te weinig COPD-patiënten; lidmaatschap niet verlengen, patiënten naar "
                        + "een collega in het netwerk verwijzen.");
        return 3;
    }

    private NetworkMember member(String key, String role) {
        return NetworkMember.of(partners.get(key), role);
    }

    private PracticeNetwork network(String name, NetworkKind kind, GovernanceForm governance, NetworkFocus focus,
                                    NetworkScope scope, String region, OurRole role, int hours, String contract,
                                    LocalDate until, List<NetworkMember> members, String goal, NetworkPhase phase,
                                    int monthsAgo) {
        Set<Long> goalIds = goal == null || !goals.containsKey(goal) ? Set.of() : Set.of(goals.get(goal));
        return networks.create(new PracticeNetwork(null, name, kind, governance, focus, scope, region, role, hours,
                contract, until, phase, null, members, goalIds, null, null, 0), today.minusMonths(monthsAgo));
    }

    private void phase(PracticeNetwork network, NetworkPhase phase, int monthsAgo) {
        PracticeNetwork current = networks.get(network.id());
        networks.changePhase(current.id(), current.version(), phase, today.minusMonths(monthsAgo));
    }

    private void review(PracticeNetwork network, int monthsAgo, int[] scores, String strongTiesReason, int trust,
                        int participants, int consensus, int competenceNeed, ReviewDecision decision, String note,
                        NetworkTip... tips) {
        Map<MaturityDimension, DimensionScore> map = new EnumMap<>(MaturityDimension.class);
        for (MaturityDimension d : MaturityDimension.values()) {
            map.put(d, new DimensionScore(scores[d.ordinal()],
                    d == MaturityDimension.STRONG_TIES ? strongTiesReason : null));
        }
        Set<NetworkTip> yes = tips.length == 0 ? Set.of() : EnumSet.copyOf(List.of(tips));
        networks.review(new NetworkReview(null, network.id(), today.minusMonths(monthsAgo), map,
                new EffectivenessFactors(trust, participants, consensus, competenceNeed), yes, decision, note, null));
    }

    /** The latest moment with each of these partners was held in the network. */
    private void tagLatestMoments(PracticeNetwork network, String... partnerKeys) {
        for (String key : partnerKeys) {
            List<MomentView> timeline = moments.timeline(partners.get(key));
            if (!timeline.isEmpty()) {
                networks.tagMoment(network.id(), timeline.getFirst().moment().id());
            }
        }
    }

    /** A moment more than half a year ago with each of these partners was held in the network: it went quiet since. */
    private void tagOldestMoments(PracticeNetwork network, String... partnerKeys) {
        for (String key : partnerKeys) {
            List<MomentView> old = new ArrayList<>(moments.timeline(partners.get(key)).stream()
                    .filter(v -> v.moment().date().isBefore(today.minusMonths(6))).toList());
            if (!old.isEmpty()) {
                networks.tagMoment(network.id(), old.getFirst().moment().id());
            }
        }
    }
}
