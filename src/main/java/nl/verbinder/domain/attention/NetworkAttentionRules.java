package nl.verbinder.domain.attention;

import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.MONTHS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.verbinder.domain.networks.MaturityChange;
import nl.verbinder.domain.networks.NetworkReview;
import nl.verbinder.domain.networks.OurRole;
import nl.verbinder.domain.networks.ReviewDecision;

/**
 * The attention rules for the networks the practice takes part in: pure functions of a
 * network's facts, the settings and {@code today}, like {@link AttentionRules} for partners.
 * Each rule gives at most one {@link NetworkReason}.
 */
public final class NetworkAttentionRules {

    private final AttentionSettings settings;

    public NetworkAttentionRules(AttentionSettings settings) {
        this.settings = settings;
    }

    /** The network's item on the list as of today, or empty when nothing needs attention. */
    public Optional<NetworkAttentionItem> evaluate(NetworkFacts f, LocalDate today) {
        List<NetworkReason> reasons = reasons(f, today);
        return reasons.isEmpty() ? Optional.empty()
                : Optional.of(new NetworkAttentionItem(f.networkId(), f.name(), f.ourRole(), reasons));
    }

    /** Every reason that applies, most points first. */
    public List<NetworkReason> reasons(NetworkFacts f, LocalDate today) {
        List<NetworkReason> reasons = new ArrayList<>();
        contractAtRisk(f, today).ifPresent(reasons::add);
        reviewDue(f, today).ifPresent(reasons::add);
        maturityDropped(f).ifPresent(reasons::add);
        passiveMember(f, today).ifPresent(reasons::add);
        reasons.sort(Comparator.comparingInt(NetworkReason::points).reversed());
        return List.copyOf(reasons);
    }

    /** The items of all networks as of today, highest score first, then by name. */
    public List<NetworkAttentionItem> items(Collection<NetworkFacts> networks, LocalDate today) {
        List<NetworkAttentionItem> items = new ArrayList<>();
        for (NetworkFacts f : networks) {
            evaluate(f, today).ifPresent(items::add);
        }
        items.sort(Comparator.comparingInt(NetworkAttentionItem::score).reversed()
                .thenComparing(NetworkAttentionItem::networkName, String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(NetworkAttentionItem::networkId));
        return List.copyOf(items);
    }

    /**
     * NETWORK_REVIEW_DUE: the last review is more than the review period ago; a network never
     * reviewed counts from the day it was added. Exactly on the period's last day is fine.
     * Args: reviewed before (1) or never (0), months since, the period in months.
     */
    Optional<NetworkReason> reviewDue(NetworkFacts f, LocalDate today) {
        NetworkReview latest = f.maturity() == null ? null : f.maturity().latest();
        LocalDate from = latest != null ? latest.reviewedOn() : f.createdOn();
        if (from == null || !from.plusMonths(settings.networkReviewMonths()).isBefore(today)) {
            return Optional.empty();
        }
        long months = MONTHS.between(from, today);
        int points = 20 + (int) Math.min(20, 2 * (months - settings.networkReviewMonths()));
        return Optional.of(new NetworkReason(NetworkReasonCode.NETWORK_REVIEW_DUE,
                List.of(latest == null ? 0 : 1, months, settings.networkReviewMonths()), points));
    }

    /**
     * MATURITY_DROPPED: a dimension fell by at least the set points from the review before to the
     * latest; the largest fall is named. Args: the dimension, score before, score after, how many
     * other dimensions fell.
     */
    Optional<NetworkReason> maturityDropped(NetworkFacts f) {
        MaturityChange change = f.maturity();
        if (change == null) {
            return Optional.empty();
        }
        List<MaturityChange.Move> drops = change.drops(settings.maturityDropPoints());
        if (drops.isEmpty()) {
            return Optional.empty();
        }
        MaturityChange.Move worst = drops.getFirst();
        int others = drops.size() - 1;
        int points = 15 + Math.min(15, 5 * others);
        return Optional.of(new NetworkReason(NetworkReasonCode.MATURITY_DROPPED,
                List.of(worst.dimension(), worst.before(), worst.after(), others), points));
    }

    /**
     * PASSIVE_MEMBER: we are in the core group or lead the network, and no moment was held in it
     * for more than the set days (counted from the day it was added when it has none).
     * Args: our role, had a moment (1) or never (0), days since.
     */
    Optional<NetworkReason> passiveMember(NetworkFacts f, LocalDate today) {
        if (f.ourRole() != OurRole.CORE_GROUP && f.ourRole() != OurRole.LEAD) {
            return Optional.empty();
        }
        LocalDate from = f.lastMoment() != null ? f.lastMoment() : f.createdOn();
        if (from == null) {
            return Optional.empty();
        }
        long days = DAYS.between(from, today);
        if (days <= settings.passiveMemberDays()) {
            return Optional.empty();
        }
        int points = f.ourRole() == OurRole.LEAD ? 25 : 15;
        return Optional.of(new NetworkReason(NetworkReasonCode.PASSIVE_MEMBER,
                List.of(f.ourRole(), f.lastMoment() == null ? 0 : 1, days), points));
    }

    /**
     * CONTRACT_AT_RISK: a contract depends on our membership and it ends within the set days (or
     * ended already), or the latest review decided to let go of the network.
     * Args: the contract, the case (0 ends soon, 1 ended, 2 let go), the end date (or ""), days left (for JSON readers
     * and sorting; the sentence names the date).
     */
    Optional<NetworkReason> contractAtRisk(NetworkFacts f, LocalDate today) {
        if (!f.carriesContract()) {
            return Optional.empty();
        }
        NetworkReview latest = f.maturity() == null ? null : f.maturity().latest();
        if (f.contractUntil() != null) {
            long daysLeft = DAYS.between(today, f.contractUntil());
            if (daysLeft < 0) {
                return Optional.of(new NetworkReason(NetworkReasonCode.CONTRACT_AT_RISK,
                        List.of(f.contract(), 1, f.contractUntil(), daysLeft), 50));
            }
            if (daysLeft <= settings.contractWarningDays()) {
                int points = 40 + (int) Math.min(20, (settings.contractWarningDays() - daysLeft) / 3);
                return Optional.of(new NetworkReason(NetworkReasonCode.CONTRACT_AT_RISK,
                        List.of(f.contract(), 0, f.contractUntil(), daysLeft), points));
            }
        }
        if (latest != null && latest.decision() == ReviewDecision.LET_GO) {
            return Optional.of(new NetworkReason(NetworkReasonCode.CONTRACT_AT_RISK,
                    List.of(f.contract(), 2, f.contractUntil() == null ? "" : f.contractUntil(), 0), 45));
        }
        return Optional.empty();
    }
}
