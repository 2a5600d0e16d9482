package nl.verbinder.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.ConflictException;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.NotFoundException;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.StoredSetting;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.domain.Validator;
import nl.verbinder.domain.attention.AttentionEngine;
import nl.verbinder.domain.attention.AttentionFilter;
import nl.verbinder.domain.attention.AttentionItem;
import nl.verbinder.domain.attention.AttentionOverview;
import nl.verbinder.domain.attention.AttentionRules;
import nl.verbinder.domain.attention.AttentionSettings;
import nl.verbinder.domain.attention.HintCode;
import nl.verbinder.domain.attention.NetworkAttentionItem;
import nl.verbinder.domain.attention.NetworkFacts;
import nl.verbinder.domain.attention.NetworkReasonCode;
import nl.verbinder.domain.attention.NetworkSnooze;
import nl.verbinder.domain.attention.PartnerFacts;
import nl.verbinder.domain.attention.PracticeFacts;
import nl.verbinder.domain.attention.PracticeHint;
import nl.verbinder.domain.attention.ReasonCode;
import nl.verbinder.domain.attention.Snooze;
import nl.verbinder.domain.networks.MaturityChange;
import nl.verbinder.domain.networks.NetworkReview;
import nl.verbinder.domain.networks.PracticeNetwork;
import nl.verbinder.store.Store;

/**
 * Which relationships need attention, and why: the attention list, the practice-level hints,
 * counts per owner, snoozes and the rules' settings. Every list is computed as of a given
 * day (the command line's {@code --today}; the window passes the clock's today).
 *
 * <p>A view calls {@link #overview(LocalDate, AttentionFilter)} once and has everything it
 * shows; after a moment is logged or a snooze changes it calls it again (a few tens of
 * milliseconds at 10,000 partners, see docs/performance.md).
 */
public final class AttentionService extends ServiceBase {

    private final LocalDatabaseFile localFile;

    AttentionService(Store store, Clock clock, LocalDatabaseFile localFile) {
        super(store, clock);
        this.localFile = localFile;
    }

    /** Everything the attention view shows as of the clock's today. */
    public AttentionOverview overview(AttentionFilter filter) {
        return overview(today(), filter);
    }

    /** Everything the attention view shows, as of {@code today}, in one read transaction. */
    public AttentionOverview overview(LocalDate today, AttentionFilter filter) {
        return tx().read(() -> {
            AttentionSettings settings = loadSettings();
            List<PartnerFacts> partners = store.attention().partnerFacts(settings.window(today));
            PracticeFacts practice = PracticeFacts.of(partners, store.attention().notesPerFactor());
            AttentionOverview overview = new AttentionEngine(new AttentionRules(settings)).overview(today, filter,
                    partners, snoozesOn(today), practice, networkFacts(today),
                    store.practiceNetworks().snoozes());
            int keptTooLong = PersonalDataService.keptTooLong(store, today).size();
            if (keptTooLong == 0) {
                return overview;
            }
            List<PracticeHint> hints = new ArrayList<>(overview.hints());
            hints.add(new PracticeHint(HintCode.PRIVACY_RETENTION, List.of(keptTooLong)));
            return new AttentionOverview(overview.today(), overview.filter(), overview.items(), overview.snoozed(),
                    hints, overview.owners(), overview.reasons(), overview.total(), overview.networks(),
                    overview.snoozedNetworks());
        });
    }

    /**
     * The snoozes that counted on {@code today}: a snooze counts from the day it was made, so
     * one set in December leaves September's list as it was.
     */
    private Map<Long, Snooze> snoozesOn(LocalDate today) {
        Map<Long, Snooze> snoozes = new LinkedHashMap<>(store.attention().snoozes());
        snoozes.values().removeIf(s -> s.snoozedOn() != null && s.snoozedOn().isAfter(today));
        return snoozes;
    }

    /** What the network rules need of every network the practice takes part in, in three queries. */
    private List<NetworkFacts> networkFacts(LocalDate today) {
        Map<Long, List<NetworkReview>> reviews = store.practiceNetworks().allReviews();
        Map<Long, LocalDate> lastMoments = store.practiceNetworks().lastMoments(today);
        List<NetworkFacts> facts = new ArrayList<>();
        for (PracticeNetwork n : store.practiceNetworks().all()) {
            List<NetworkReview> own = reviews.getOrDefault(n.id(), List.of()).stream()
                    .filter(r -> !r.reviewedOn().isAfter(today)).toList();
            LocalDate createdOn = n.createdAt() == null ? null : LocalDate.ofInstant(n.createdAt(), clock.getZone());
            if (createdOn != null && createdOn.isAfter(today)) {
                continue; // not there yet on the day asked for (--today)
            }
            facts.add(new NetworkFacts(n.id(), n.name(), n.ourRole(), createdOn, n.contract(), n.contractUntil(),
                    MaturityChange.of(own), lastMoments.get(n.id())));
        }
        return facts;
    }

    /** The items that need attention as of {@code today}, most urgent first (snoozed ones left out). */
    public List<AttentionItem> attentionList(LocalDate today, AttentionFilter filter) {
        return overview(today, filter).items();
    }

    /** The practice-level hints as of {@code today}. */
    public List<PracticeHint> practiceHints(LocalDate today) {
        return overview(today, AttentionFilter.all()).hints();
    }

    /** How many relationships need attention as of {@code today}: for the start-up notice. */
    public int count(LocalDate today) {
        return overview(today, AttentionFilter.all()).total();
    }

    /** The partners on the attention list as of {@code today} (not snoozed), for the partner list's filter. */
    public Set<Long> partnersNeedingAttention(LocalDate today) {
        Set<Long> ids = new LinkedHashSet<>();
        overview(today, AttentionFilter.all()).items().forEach(i -> ids.add(i.partnerId()));
        return ids;
    }

    /** The partners that are OVERDUE or NEVER_CONTACTED as of {@code today}, snoozed or not. */
    public Set<Long> overduePartners(LocalDate today) {
        AttentionOverview overview = overview(today, AttentionFilter.all());
        Set<Long> ids = new LinkedHashSet<>();
        for (List<AttentionItem> items : List.of(overview.items(), overview.snoozed())) {
            items.stream().filter(i -> i.has(ReasonCode.OVERDUE) || i.has(ReasonCode.NEVER_CONTACTED))
                    .forEach(i -> ids.add(i.partnerId()));
        }
        return ids;
    }

    /**
     * One partner's item as of {@code today}, snoozed or not (with its snooze), or empty when
     * it needs no attention: the rules run on that partner alone.
     */
    public Optional<AttentionItem> itemFor(long partnerId, LocalDate today) {
        return tx().read(() -> {
            AttentionSettings settings = loadSettings();
            return store.attention().partnerFacts(settings.window(today), partnerId).flatMap(facts -> {
                List<PartnerFacts> one = List.of(facts);
                AttentionOverview overview = new AttentionEngine(new AttentionRules(settings)).overview(today,
                        AttentionFilter.all(), one, snoozesOn(today), PracticeFacts.of(one, Map.of()));
                return Stream.concat(overview.items().stream(), overview.snoozed().stream())
                        .findFirst();
            });
        });
    }

    /** Snoozes the partner's item from the clock's today until the given day. */
    public Snooze snooze(long partnerId, LocalDate until, String note) {
        return snooze(partnerId, until, note, today());
    }

    /**
     * Puts the partner's item away through {@code until}. The reasons it has today are kept:
     * a reason that appears later brings it back at once.
     */
    public Snooze snooze(long partnerId, LocalDate until, String note, LocalDate today) {
        return tx().write(() -> snoozeNow(partnerId, until, note, today));
    }

    /**
     * Snoozes the item as {@link #snooze(long, LocalDate, String)} does, but only when its snooze
     * is still the one the user saw ({@code seen}, or {@code null} for none): a snooze someone
     * else set, changed or lifted meanwhile is a conflict, not silently replaced. (A snooze has no
     * version number; its content is the version.)
     */
    public Snooze snooze(long partnerId, LocalDate until, String note, Snooze seen) {
        return tx().write(() -> {
            Snooze current = store.attention().snoozes().get(partnerId);
            if (!Objects.equals(current, seen)) {
                throw new nl.verbinder.domain.ConflictException("snooze", partnerId);
            }
            return snoozeNow(partnerId, until, note, today());
        });
    }

    private Snooze snoozeNow(long partnerId, LocalDate until, String note, LocalDate today) {
        Validator v = new Validator();
        Partner partner = store.partners().find(partnerId).orElse(null);
        if (partner == null || partner.inTrash()) {
            v.add("partner", "error.partner.unknown", String.valueOf(partnerId));
        }
        String cleanNote = untilAndNote(v, until, note, today);
        v.throwIfInvalid();
        Set<ReasonCode> current = overview(today, AttentionFilter.all()).items().stream()
                .filter(i -> i.partnerId() == partnerId).findFirst().map(AttentionItem::codes)
                .orElseGet(() -> currentCodesOfSnoozed(partnerId, today));
        Snooze snooze = new Snooze(partnerId, until, cleanNote, current, today);
        store.attention().saveSnooze(snooze, now());
        return snooze;
    }

    /** A snooze's day (required, not before today) and note, checked alike for partners and networks; the clean note. */
    private static String untilAndNote(Validator v, LocalDate until, String note, LocalDate today) {
        if (until == null) {
            v.add("until", "error.required");
        } else if (until.isBefore(today)) {
            v.add("until", "error.snooze.until-past", until);
        }
        return Fields.optional(v, "note", note, Fields.MAX_TEXT);
    }

    private Set<ReasonCode> currentCodesOfSnoozed(long partnerId, LocalDate today) {
        return overview(today, AttentionFilter.all()).snoozed().stream().filter(i -> i.partnerId() == partnerId)
                .findFirst().map(AttentionItem::codes).orElse(Set.of());
    }

    /** Brings a snoozed item back now. */
    public void unsnooze(long partnerId) {
        tx().writing(() -> {
            store.partners().find(partnerId).orElseThrow(() -> new NotFoundException("partner", partnerId));
            store.attention().deleteSnooze(partnerId);
        });
    }

    /**
     * Puts a network's attention item away through {@code until}, from {@code today} on (the day
     * the snooze is made): the reasons it has today are kept, and a reason that appears later
     * brings it back at once.
     */
    public NetworkSnooze snoozeNetwork(long networkId, LocalDate until, String note, LocalDate today) {
        return tx().write(() -> {
            Validator v = new Validator();
            if (store.practiceNetworks().find(networkId).isEmpty()) {
                v.add("network", "error.network.unknown", String.valueOf(networkId));
            }
            String cleanNote = untilAndNote(v, until, note, today);
            v.throwIfInvalid();
            AttentionOverview overview = overview(today, AttentionFilter.all());
            Set<NetworkReasonCode> current = Stream.concat(overview.networks().stream(),
                            overview.snoozedNetworks().stream()).filter(i -> i.networkId() == networkId).findFirst()
                    .map(NetworkAttentionItem::codes).orElse(Set.of());
            NetworkSnooze snooze = new NetworkSnooze(networkId, until, cleanNote, current, today);
            store.practiceNetworks().saveSnooze(snooze, now());
            return snooze;
        });
    }

    /** Snoozes the network's item from the clock's today. */
    public NetworkSnooze snoozeNetwork(long networkId, LocalDate until, String note) {
        return snoozeNetwork(networkId, until, note, today());
    }

    /** Brings a snoozed network item back now. */
    public void unsnoozeNetwork(long networkId) {
        tx().writing(() -> {
            store.practiceNetworks().find(networkId)
                    .orElseThrow(() -> new NotFoundException("practice-network", networkId));
            store.practiceNetworks().deleteSnooze(networkId);
        });
    }

    public AttentionSettings settings() {
        return tx().read(this::loadSettings);
    }

    /**
     * Changes one setting ({@link AttentionSettings#SETTINGS} or a category rhythm,
     * {@code attention.rhythm.<category>}); a blank value restores the default.
     */
    public AttentionSettings changeSetting(String key, String value) {
        return tx().write(() -> {
            String number = checkedSetting(key, value);
            if (number == null) {
                store.settings().remove(key);
            } else {
                store.settings().put(key, number, now());
            }
            return loadSettings();
        });
    }

    /** One setting as stored now, to base an edit on ({@link #changeSetting(String, String, StoredSetting)}). */
    public StoredSetting storedSetting(String key) {
        return tx().read(() -> store.settings().stored(key));
    }

    /**
     * Changes the setting as {@link #changeSetting(String, String)} does, but only when it is still
     * as the user saw it ({@code seen}): a setting someone else changed meanwhile is a conflict,
     * not silently overwritten.
     */
    public AttentionSettings changeSetting(String key, String value, StoredSetting seen) {
        return tx().write(() -> {
            String number = checkedSetting(key, value);
            boolean saved = number == null ? store.settings().remove(seen)
                    : store.settings().put(key, number, seen, now());
            if (!saved || !key.equals(seen.key())) {
                throw new ConflictException(key);
            }
            return loadSettings();
        });
    }

    /** The value to store, as text, or {@code null} for "back to the default"; refuses what is not allowed. */
    private static String checkedSetting(String key, String value) {
        Range range = range(key);
        if (range == null) {
            throw new ValidationException(FieldError.of("setting", "error.setting.unknown", String.valueOf(key),
                    String.join(", ", AttentionSettings.defaults().toMap().keySet())));
        }
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return null;
        }
        int number;
        try {
            number = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ValidationException(FieldError.of("setting", "error.number", text));
        }
        if (number < range.min() || number > range.max()) {
            throw new ValidationException(FieldError.of("setting", "error.setting.range", key, range.min(),
                    range.max()));
        }
        return String.valueOf(number);
    }

    /** The SQL the attention list's facts are loaded with, as a sqlite3 shell script: for the benchmark. */
    public String partnerFactsScript(LocalDate today) {
        return localFile.partnerFactsScript(tx().read(() -> loadSettings().window(today)));
    }

    private record Range(int min, int max) {
    }

    private static Range range(String key) {
        if (key == null) {
            return null;
        }
        for (AttentionSettings.Setting s : AttentionSettings.SETTINGS) {
            if (s.key().equals(key)) {
                return new Range(s.min(), s.max());
            }
        }
        if (key.startsWith(AttentionSettings.RHYTHM_PREFIX)) {
            String code = key.substring(AttentionSettings.RHYTHM_PREFIX.length());
            if (nl.verbinder.domain.Coded.byCode(Category.class, code) != null) {
                return new Range(1, AttentionSettings.MAX_RHYTHM_DAYS);
            }
        }
        return null;
    }

    private AttentionSettings loadSettings() {
        Map<String, String> stored = new HashMap<>(store.settings().withPrefix("attention."));
        return AttentionSettings.fromMap(stored);
    }
}
