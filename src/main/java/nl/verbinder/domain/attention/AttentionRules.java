package nl.verbinder.domain.attention;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.EnvironmentFactor;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.attention.PartnerFacts.GiveAsk;
import nl.verbinder.domain.attention.PartnerFacts.GoalProgress;
import nl.verbinder.domain.attention.PartnerFacts.OpenFollowUp;

/**
 * The attention rules: pure functions of a partner's facts, the settings and {@code today}.
 * Each rule gives at most one {@link Reason}; an item's score weighs their points by the
 * partner's status and trust (see {@link Urgency}).
 *
 * <p>Which statuses each rule looks at: OVERDUE, NEVER_CONTACTED, ONLY_ASKING and DECLINING
 * only prospects and active partners (a dormant relationship is quiet on purpose);
 * FOLLOW_UP_OVERDUE and GOAL_STALLED every status but ended (a promise or an agreed goal
 * stays a promise); ended partners never appear.
 */
public final class AttentionRules {

    /** How long a follow-up's text may be in a sentence before it is cut. */
    static final int MAX_QUOTE = 60;

    private final AttentionSettings settings;

    public AttentionRules(AttentionSettings settings) {
        this.settings = settings;
    }

    public AttentionSettings settings() {
        return settings;
    }

    /** The rhythm this partner is held to: its own, or the practice's default for its category. */
    public int rhythmDays(PartnerFacts f) {
        return f.ownRhythmDays() != null ? f.ownRhythmDays() : settings.rhythmFor(f.category());
    }

    /** The partner's item on the list as of today, or empty when nothing needs attention. */
    public Optional<AttentionItem> evaluate(PartnerFacts f, LocalDate today) {
        List<Reason> reasons = reasons(f, today);
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        Integer daysSince = f.lastContact() == null ? null : (int) DAYS.between(f.lastContact(), today);
        int points = 0;
        for (Reason reason : reasons) {
            points += reason.points();
        }
        Urgency urgency = Urgency.of(points, statusPercent(f.status()), trustPercent(f.trust()));
        return Optional.of(new AttentionItem(f.partnerId(), f.name(), f.category(), f.status(), f.trust(), f.ownerId(),
                f.ownerName(), f.lastContact(), daysSince, rhythmDays(f), reasons, urgency, null));
    }

    /** Every reason that applies, most points first. */
    public List<Reason> reasons(PartnerFacts f, LocalDate today) {
        if (f.status() == PartnerStatus.ENDED) {
            return List.of();
        }
        List<Reason> reasons = new ArrayList<>();
        overdue(f, today).ifPresent(reasons::add);
        neverContacted(f, today).ifPresent(reasons::add);
        followUpOverdue(f, today).ifPresent(reasons::add);
        onlyAsking(f).ifPresent(reasons::add);
        goalStalled(f, today).ifPresent(reasons::add);
        declining(f).ifPresent(reasons::add);
        reasons.sort(Comparator.comparingInt(Reason::points).reversed());
        return List.copyOf(reasons);
    }

    /** OVERDUE: more days since the last contact than the rhythm allows (exactly on the rhythm day is fine). */
    Optional<Reason> overdue(PartnerFacts f, LocalDate today) {
        if (!keptUp(f.status()) || f.lastContact() == null) {
            return Optional.empty();
        }
        int rhythm = rhythmDays(f);
        long days = DAYS.between(f.lastContact(), today);
        if (days <= rhythm) {
            return Optional.empty();
        }
        int points = 30 + (int) Math.min(40, 30 * (days - rhythm) / rhythm);
        return Optional.of(new Reason(ReasonCode.OVERDUE, List.of(days, rhythm, f.lastContact()), points));
    }

    /** NEVER_CONTACTED: a prospect or active partner without moments, added more than the grace period ago. */
    Optional<Reason> neverContacted(PartnerFacts f, LocalDate today) {
        if (!keptUp(f.status()) || f.lastContact() != null || f.createdOn() == null) {
            return Optional.empty();
        }
        long days = DAYS.between(f.createdOn(), today);
        if (days <= settings.neverContactedDays()) {
            return Optional.empty();
        }
        int points = 30 + (int) Math.min(30, (days - settings.neverContactedDays()) / 7);
        return Optional.of(new Reason(ReasonCode.NEVER_CONTACTED, List.of(days, f.createdOn()), points));
    }

    /** FOLLOW_UP_OVERDUE: an open follow-up whose due date has passed; the oldest is named. */
    Optional<Reason> followUpOverdue(PartnerFacts f, LocalDate today) {
        List<OpenFollowUp> late = f.overdueFollowUps().stream()
                .filter(u -> u.due() != null && u.due().isBefore(today))
                .sorted(Comparator.comparing(OpenFollowUp::due).thenComparingLong(OpenFollowUp::momentId))
                .toList();
        if (late.isEmpty()) {
            return Optional.empty();
        }
        OpenFollowUp oldest = late.getFirst();
        long daysLate = DAYS.between(oldest.due(), today);
        int others = late.size() - 1;
        int points = 20 + (int) Math.min(20, daysLate / 7) + Math.min(10, 5 * others);
        return Optional.of(new Reason(ReasonCode.FOLLOW_UP_OVERDUE,
                List.of(quote(oldest.text()), oldest.due(), daysLate, others), points));
    }

    /** ONLY_ASKING: in each of the last N moments that record an offer or a request, we asked and offered nothing. */
    Optional<Reason> onlyAsking(PartnerFacts f) {
        int n = settings.onlyAskingMoments();
        if (!keptUp(f.status()) || f.lastGiveAsk().size() < n) {
            return Optional.empty();
        }
        List<GiveAsk> last = f.lastGiveAsk().subList(0, n);
        boolean onlyAsked = last.stream().allMatch(m -> m.asked() && !m.offered());
        if (!onlyAsked) {
            return Optional.empty();
        }
        return Optional.of(new Reason(ReasonCode.ONLY_ASKING, List.of(n), 15));
    }

    /** GOAL_STALLED: an agreed or active goal that none of this partner's moments served for too long. */
    Optional<Reason> goalStalled(PartnerFacts f, LocalDate today) {
        record Stalled(GoalProgress goal, long days) {
        }
        List<Stalled> stalled = new ArrayList<>();
        for (GoalProgress goal : f.goals()) {
            LocalDate from = goal.lastServed() != null ? goal.lastServed() : goal.since();
            if (from == null || from.isAfter(today)) {
                continue;
            }
            long days = DAYS.between(from, today);
            if (days > settings.goalStalledDays()) {
                stalled.add(new Stalled(goal, days));
            }
        }
        if (stalled.isEmpty()) {
            return Optional.empty();
        }
        stalled.sort(Comparator.comparingLong(Stalled::days).reversed()
                .thenComparingLong(s -> s.goal().goalId()));
        Stalled longest = stalled.getFirst();
        int others = stalled.size() - 1;
        int points = 15 + Math.min(10, 5 * others);
        return Optional.of(new Reason(ReasonCode.GOAL_STALLED,
                List.of(quote(longest.goal().title()), longest.days(), others), points));
    }

    /** DECLINING: enough moments in the earlier window, and fewer than the set share of them in the later one. */
    Optional<Reason> declining(PartnerFacts f) {
        if (!keptUp(f.status())) {
            return Optional.empty();
        }
        int earlier = f.momentsEarlier();
        int recent = f.momentsRecent();
        if (earlier < settings.decliningMinimum() || recent * 100L >= (long) earlier * settings.decliningPercent()) {
            return Optional.empty();
        }
        return Optional.of(new Reason(ReasonCode.DECLINING, List.of(recent, earlier, settings.decliningMonths()), 10));
    }

    /** The practice-level hints: what the network as a whole lacks. */
    public List<PracticeHint> hints(PracticeFacts facts) {
        List<PracticeHint> hints = new ArrayList<>();
        if (facts.active(Category.HEALTH_INSURER) + facts.active(Category.MUNICIPALITY) == 0) {
            hints.add(new PracticeHint(HintCode.MISSING_FINANCIER, List.of()));
        }
        if (facts.active(Category.PATIENT_ORGANISATION) == 0) {
            hints.add(new PracticeHint(HintCode.MISSING_PATIENT_VOICE, List.of()));
        }
        List<EnvironmentFactor> blank = new ArrayList<>();
        for (EnvironmentFactor factor : EnvironmentFactor.values()) {
            if (factor.isCore() && facts.notesPerFactor().getOrDefault(factor, 0) == 0) {
                blank.add(factor);
            }
        }
        if (!blank.isEmpty()) {
            hints.add(new PracticeHint(HintCode.ENVIRONMENT_GAP, List.of(List.copyOf(blank), blank.size())));
        }
        return List.copyOf(hints);
    }

    private static boolean keptUp(PartnerStatus status) {
        return status == PartnerStatus.PROSPECT || status == PartnerStatus.ACTIVE;
    }

    static int statusPercent(PartnerStatus status) {
        return switch (status) {
            case ACTIVE -> 100;
            case PROSPECT -> 80;
            case DORMANT -> 60;
            case ENDED -> 0;
        };
    }

    static int trustPercent(Integer trust) {
        if (trust == null) {
            return 100;
        }
        return switch (trust) {
            case 5 -> 130;
            case 4 -> 115;
            case 2 -> 90;
            case 1 -> 80;
            default -> 100;
        };
    }

    private static String quote(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_QUOTE ? oneLine : oneLine.substring(0, MAX_QUOTE - 1).stripTrailing() + "…";
    }
}
