package nl.verbinder.domain.attention;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verbinder.domain.Category;

/**
 * The thresholds of the attention rules. Each is a setting with a stable key; a key that is
 * not stored means the default below (the ones the method's articles suggest).
 *
 * @param neverContactedDays  NEVER_CONTACTED: a partner without moments counts after this many days
 * @param onlyAskingMoments   ONLY_ASKING: how many of the last moments with an offer or request are read
 * @param goalStalledDays     GOAL_STALLED: days without a moment serving an agreed or active goal
 * @param decliningMonths     DECLINING: the length of each of the two windows compared
 * @param decliningMinimum    DECLINING: at least this many moments in the earlier window
 * @param decliningPercent    DECLINING: the later window has fewer than this percentage of the earlier one
 * @param categoryRhythms     OVERDUE: the practice's own default rhythm per category, where it
 *                            differs from {@link Category#defaultRhythmDays()}
 * @param networkReviewMonths NETWORK_REVIEW_DUE: a network is reviewed at least this often
 * @param maturityDropPoints  MATURITY_DROPPED: a dimension that fell by this many points or more
 * @param passiveMemberDays   PASSIVE_MEMBER: days without a moment in a network we help lead
 * @param contractWarningDays CONTRACT_AT_RISK: a contract that ends within this many days
 */
public record AttentionSettings(
        int neverContactedDays,
        int onlyAskingMoments,
        int goalStalledDays,
        int decliningMonths,
        int decliningMinimum,
        int decliningPercent,
        Map<Category, Integer> categoryRhythms,
        int networkReviewMonths,
        int maturityDropPoints,
        int passiveMemberDays,
        int contractWarningDays) {

    public static final String NEVER_CONTACTED_DAYS = "attention.never-contacted.days";
    public static final String ONLY_ASKING_MOMENTS = "attention.only-asking.moments";
    public static final String GOAL_STALLED_DAYS = "attention.goal-stalled.days";
    public static final String DECLINING_MONTHS = "attention.declining.months";
    public static final String DECLINING_MINIMUM = "attention.declining.minimum";
    public static final String DECLINING_PERCENT = "attention.declining.percent";
    public static final String NETWORK_REVIEW_MONTHS = "attention.network-review.months";
    public static final String MATURITY_DROPPED_POINTS = "attention.maturity-dropped.points";
    public static final String PASSIVE_MEMBER_DAYS = "attention.passive-member.days";
    public static final String CONTRACT_AT_RISK_DAYS = "attention.contract-at-risk.days";
    /** Followed by a category code: {@code attention.rhythm.gp}. */
    public static final String RHYTHM_PREFIX = "attention.rhythm.";

    /** A setting's key, the values it allows, and its default. */
    public record Setting(String key, int min, int max, int defaultValue) {
    }

    /** The numeric settings, in the order a settings screen shows them. */
    public static final List<Setting> SETTINGS = List.of(
            new Setting(NEVER_CONTACTED_DAYS, 0, 365, 14),
            new Setting(ONLY_ASKING_MOMENTS, 1, 10, 3),
            new Setting(GOAL_STALLED_DAYS, 1, 3650, 90),
            new Setting(DECLINING_MONTHS, 1, 24, 6),
            new Setting(DECLINING_MINIMUM, 1, 1000, 4),
            new Setting(DECLINING_PERCENT, 1, 100, 50),
            new Setting(NETWORK_REVIEW_MONTHS, 1, 60, 6),
            new Setting(MATURITY_DROPPED_POINTS, 1, 3, 1),
            new Setting(PASSIVE_MEMBER_DAYS, 1, 3650, 90),
            new Setting(CONTRACT_AT_RISK_DAYS, 1, 730, 60));

    /** The range a category rhythm may take (as a partner's own rhythm). */
    public static final int MAX_RHYTHM_DAYS = 3650;

    public AttentionSettings {
        EnumMap<Category, Integer> copy = new EnumMap<>(Category.class);
        if (categoryRhythms != null) {
            categoryRhythms.forEach((category, days) -> {
                if (days != null && days != category.defaultRhythmDays()) {
                    copy.put(category, days);
                }
            });
        }
        categoryRhythms = Map.copyOf(copy);
    }

    public static AttentionSettings defaults() {
        return new AttentionSettings(14, 3, 90, 6, 4, 50, Map.of(), 6, 1, 90, 60);
    }

    /** The practice's default rhythm for partners of this category. */
    public int rhythmFor(Category category) {
        return categoryRhythms.getOrDefault(category, category.defaultRhythmDays());
    }

    /** The windows and cut-off dates the facts are loaded for, as of {@code today}. */
    public FactWindow window(LocalDate today) {
        return new FactWindow(today, today.minusMonths(decliningMonths), today.minusMonths(2L * decliningMonths),
                onlyAskingMoments);
    }

    /** The settings as stored key/value pairs (every key, defaults included). */
    public Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(NEVER_CONTACTED_DAYS, String.valueOf(neverContactedDays));
        map.put(ONLY_ASKING_MOMENTS, String.valueOf(onlyAskingMoments));
        map.put(GOAL_STALLED_DAYS, String.valueOf(goalStalledDays));
        map.put(DECLINING_MONTHS, String.valueOf(decliningMonths));
        map.put(DECLINING_MINIMUM, String.valueOf(decliningMinimum));
        map.put(DECLINING_PERCENT, String.valueOf(decliningPercent));
        map.put(NETWORK_REVIEW_MONTHS, String.valueOf(networkReviewMonths));
        map.put(MATURITY_DROPPED_POINTS, String.valueOf(maturityDropPoints));
        map.put(PASSIVE_MEMBER_DAYS, String.valueOf(passiveMemberDays));
        map.put(CONTRACT_AT_RISK_DAYS, String.valueOf(contractWarningDays));
        for (Category category : Category.values()) {
            map.put(RHYTHM_PREFIX + category.code(), String.valueOf(rhythmFor(category)));
        }
        return map;
    }

    /**
     * The settings from stored key/value pairs; unknown keys and values that are not whole
     * numbers in range are ignored (the default applies), so a damaged setting cannot stop
     * the attention list.
     */
    public static AttentionSettings fromMap(Map<String, String> stored) {
        Map<String, Integer> values = new LinkedHashMap<>();
        for (Setting s : SETTINGS) {
            values.put(s.key(), s.defaultValue());
            Integer v = parse(stored.get(s.key()), s.min(), s.max());
            if (v != null) {
                values.put(s.key(), v);
            }
        }
        EnumMap<Category, Integer> rhythms = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            Integer v = parse(stored.get(RHYTHM_PREFIX + category.code()), 1, MAX_RHYTHM_DAYS);
            if (v != null) {
                rhythms.put(category, v);
            }
        }
        return new AttentionSettings(values.get(NEVER_CONTACTED_DAYS), values.get(ONLY_ASKING_MOMENTS),
                values.get(GOAL_STALLED_DAYS), values.get(DECLINING_MONTHS), values.get(DECLINING_MINIMUM),
                values.get(DECLINING_PERCENT), rhythms, values.get(NETWORK_REVIEW_MONTHS),
                values.get(MATURITY_DROPPED_POINTS), values.get(PASSIVE_MEMBER_DAYS), values.get(CONTRACT_AT_RISK_DAYS));
    }

    private static Integer parse(String text, int min, int max) {
        if (text == null) {
            return null;
        }
        try {
            int v = Integer.parseInt(text.strip());
            return v >= min && v <= max ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
