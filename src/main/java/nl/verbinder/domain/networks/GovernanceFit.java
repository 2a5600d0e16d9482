package nl.verbinder.domain.networks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which form of governance the four effectiveness factors point to, after Provan and Kenis
 * (2008): shared self-governance suits few participants, high trust, high goal consensus and
 * little need for network-level competences; a lead organisation suits a moderate number of
 * participants, low trust and low-to-moderate consensus; a network organisation suits many
 * participants, moderate trust, fairly high consensus and a high need for network-level
 * competences. A hint with its reasons for the members to talk about, never a verdict: each
 * factor points to one form and the forms most factors point to are named.
 *
 * @param reasons   one per factor, in the order trust, participants, goal consensus, competence need
 * @param suggested the form or forms most factors point to
 */
public record GovernanceFit(List<FitReason> reasons, List<GovernanceForm> suggested) {

    /** At most this many participants count as few (self-governance). */
    public static final int FEW_PARTICIPANTS = 8;
    /** More than this many participants count as many (a network organisation). */
    public static final int MANY_PARTICIPANTS = 25;

    public GovernanceFit {
        reasons = List.copyOf(reasons);
        suggested = List.copyOf(suggested);
    }

    public static GovernanceFit of(EffectivenessFactors f) {
        List<FitReason> reasons = new ArrayList<>();
        reasons.add(switch (f.trust()) {
            case 4 -> new FitReason("trust", "high", f.trust(), GovernanceForm.SELF_GOVERNED);
            case 3 -> new FitReason("trust", "moderate", f.trust(), GovernanceForm.NETWORK_ORGANISATION);
            default -> new FitReason("trust", "low", f.trust(), GovernanceForm.LEAD_ORGANISATION);
        });
        int n = f.participants();
        if (n <= FEW_PARTICIPANTS) {
            reasons.add(new FitReason("participants", "low", n, GovernanceForm.SELF_GOVERNED));
        } else if (n <= MANY_PARTICIPANTS) {
            reasons.add(new FitReason("participants", "moderate", n, GovernanceForm.LEAD_ORGANISATION));
        } else {
            reasons.add(new FitReason("participants", "high", n, GovernanceForm.NETWORK_ORGANISATION));
        }
        reasons.add(switch (f.goalConsensus()) {
            case 4 -> new FitReason("goal-consensus", "high", f.goalConsensus(), GovernanceForm.SELF_GOVERNED);
            case 3 -> new FitReason("goal-consensus", "moderate", f.goalConsensus(),
                    GovernanceForm.NETWORK_ORGANISATION);
            default -> new FitReason("goal-consensus", "low", f.goalConsensus(), GovernanceForm.LEAD_ORGANISATION);
        });
        reasons.add(switch (f.competenceNeed()) {
            case 1 -> new FitReason("competence-need", "low", f.competenceNeed(), GovernanceForm.SELF_GOVERNED);
            case 2 -> new FitReason("competence-need", "moderate", f.competenceNeed(),
                    GovernanceForm.LEAD_ORGANISATION);
            default -> new FitReason("competence-need", "high", f.competenceNeed(),
                    GovernanceForm.NETWORK_ORGANISATION);
        });
        Map<GovernanceForm, Integer> votes = new EnumMap<>(GovernanceForm.class);
        reasons.forEach(r -> votes.merge(r.suits(), 1, Integer::sum));
        int most = votes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<GovernanceForm> suggested = new ArrayList<>();
        for (GovernanceForm form : GovernanceForm.values()) {
            if (votes.getOrDefault(form, 0) == most) {
                suggested.add(form);
            }
        }
        return new GovernanceFit(reasons, suggested);
    }

    /** How many of the four factors point to this form. */
    public int votesFor(GovernanceForm form) {
        return (int) reasons.stream().filter(r -> r.suits() == form).count();
    }

    /** True when the network's present form is among the suggested ones. */
    public boolean fits(GovernanceForm current) {
        return suggested.contains(current);
    }
}
