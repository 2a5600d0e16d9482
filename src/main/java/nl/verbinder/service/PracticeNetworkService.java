package nl.verbinder.service;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import nl.verbinder.domain.ConflictException;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.NotFoundException;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.Texts;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.domain.Validator;
import nl.verbinder.domain.networks.DimensionScore;
import nl.verbinder.domain.networks.EffectivenessFactors;
import nl.verbinder.domain.networks.MaturityChange;
import nl.verbinder.domain.networks.MaturityDimension;
import nl.verbinder.domain.networks.NetworkMember;
import nl.verbinder.domain.networks.NetworkPhase;
import nl.verbinder.domain.networks.NetworkReview;
import nl.verbinder.domain.networks.PhaseChange;
import nl.verbinder.domain.networks.PracticeNetwork;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.transfer.SafeOutput;
import nl.verbinder.service.transfer.csv.CsvDialect;
import nl.verbinder.service.transfer.csv.CsvTableWriter;
import nl.verbinder.store.Store;

/**
 * The networks the practice takes part in (Netwerken): adding and editing them, their members,
 * goals and phases, the moments held in them, and their reviews.
 */
public final class PracticeNetworkService extends ServiceBase {

    /** The most hours per quarter a practice can put into one network (a full-time job is about 500). */
    public static final int MAX_HOURS = 2000;
    /** A score's reason is one line. */
    public static final int MAX_REASON = 300;
    public static final int MAX_PARTICIPANTS = 100_000;

    private final ContactMomentService moments;

    /** Made by {@link Services#practiceNetworks()}, and by the demo practice inside its own transaction. */
    public PracticeNetworkService(Store store, Clock clock, ContactMomentService moments) {
        super(store, clock);
        this.moments = moments;
    }

    /** A network with everything its detail view shows. */
    public record NetworkDetail(PracticeNetwork network, List<PhaseChange> phases, List<NetworkReview> reviews) {

        public NetworkDetail {
            phases = List.copyOf(phases);
            reviews = List.copyOf(reviews);
        }

        /** The latest review and the one before (the radar's ghost). */
        public MaturityChange change() {
            return MaturityChange.of(reviews);
        }

        public NetworkReview latestReview() {
            return reviews.isEmpty() ? null : reviews.getLast();
        }
    }

    /** A row of the overview: the network and its latest review (or none). */
    public record NetworkRow(PracticeNetwork network, NetworkReview latestReview, int reviewCount) {
    }

    /** Adds a network; its phase history starts with its phase, as of {@code since} (today when null). */
    public PracticeNetwork create(PracticeNetwork draft, LocalDate since) {
        return tx().write(() -> {
            PracticeNetwork clean = validated(draft);
            long id = store.practiceNetworks().insert(clean, now());
            store.practiceNetworks().addPhase(id, new PhaseChange(clean.phase(), since == null ? today() : since));
            return store.practiceNetworks().find(id).orElseThrow();
        });
    }

    public PracticeNetwork create(PracticeNetwork draft) {
        return create(draft, null);
    }

    /** Saves the edited network with its members and goals; a change of phase goes through {@link #changePhase}. */
    public PracticeNetwork update(PracticeNetwork edited) {
        return tx().write(() -> {
            PracticeNetwork current = current(edited.id(), edited.version());
            PracticeNetwork clean = validated(edited.withPhase(current.phase()));
            if (!store.practiceNetworks().update(clean, now())) {
                throw new ConflictException("practice-network", edited.id());
            }
            return store.practiceNetworks().find(edited.id()).orElseThrow();
        });
    }

    public List<FieldError> check(PracticeNetwork draft) {
        return errorsOf(draft, this::validated);
    }

    /** The network enters a phase on a day (a network may go back to an earlier phase). */
    public PracticeNetwork changePhase(long id, int version, NetworkPhase phase, LocalDate since) {
        return tx().write(() -> {
            PracticeNetwork current = current(id, version);
            Validator v = new Validator();
            Fields.requiredValue(v, "phase", phase);
            Fields.requiredDate(v, "phaseSince", since);
            if (since != null && since.isAfter(today())) {
                v.add("phaseSince", "error.date.future", since);
            }
            List<PhaseChange> history = store.practiceNetworks().phases(id);
            if (since != null && !history.isEmpty() && since.isBefore(history.getLast().since())) {
                v.add("phaseSince", "error.network.phase-before", history.getLast().since());
            }
            v.throwIfInvalid();
            if (!store.practiceNetworks().update(current.withPhase(phase), now())) {
                throw new ConflictException("practice-network", id);
            }
            store.practiceNetworks().addPhase(id, new PhaseChange(phase, since));
            return store.practiceNetworks().find(id).orElseThrow();
        });
    }

    /** Adds a partner to the network with a role, or changes the role of a member. */
    public PracticeNetwork addMember(long id, int version, long partnerId, String role) {
        return tx().write(() -> {
            PracticeNetwork current = current(id, version);
            List<NetworkMember> members = new ArrayList<>();
            for (NetworkMember m : current.members()) {
                if (m.partnerId() != partnerId) {
                    members.add(m);
                }
            }
            members.add(NetworkMember.of(partnerId, role));
            return save(current.withMembers(members));
        });
    }

    public PracticeNetwork removeMember(long id, int version, long partnerId) {
        return tx().write(() -> {
            PracticeNetwork current = current(id, version);
            return save(current.withMembers(current.members().stream().filter(m -> m.partnerId() != partnerId)
                    .toList()));
        });
    }

    public PracticeNetwork linkGoal(long id, int version, long goalId) {
        return changeGoals(id, version, goals -> goals.add(goalId));
    }

    private PracticeNetwork changeGoals(long id, int version, Consumer<Set<Long>> change) {
        return tx().write(() -> {
            PracticeNetwork current = current(id, version);
            Set<Long> goals = new HashSet<>(current.goalIds());
            change.accept(goals);
            return save(current.withGoalIds(goals));
        });
    }

    public PracticeNetwork get(long id) {
        return tx().read(() -> find(id));
    }

    /** The network with this name (case and spacing ignored), or its number; refused when there is none. */
    public PracticeNetwork resolve(String nameOrId, String field) {
        return tx().read(() -> {
            String text = nameOrId == null ? "" : nameOrId.strip();
            String key = key(text);
            return byNumber(text, store.practiceNetworks()::find)
                    .or(() -> store.practiceNetworks().all().stream()
                            .filter(n -> key(n.name()).equals(key)).findFirst())
                    .orElseThrow(() -> new ValidationException(FieldError.of(field, "error.network.unknown", text)));
        });
    }

    /** All networks by name, each with its latest review. */
    public List<NetworkRow> overview() {
        return tx().read(() -> {
            Map<Long, List<NetworkReview>> reviews = store.practiceNetworks().allReviews();
            List<NetworkRow> rows = new ArrayList<>();
            for (PracticeNetwork n : store.practiceNetworks().all()) {
                List<NetworkReview> own = reviews.getOrDefault(n.id(), List.of());
                rows.add(new NetworkRow(n, own.isEmpty() ? null : own.getLast(), own.size()));
            }
            return rows;
        });
    }

    public NetworkDetail detail(long id) {
        return tx().read(() -> new NetworkDetail(find(id), store.practiceNetworks().phases(id),
                store.practiceNetworks().reviews(id)));
    }

    public List<NetworkReview> reviews(long id) {
        return tx().read(() -> {
            find(id);
            return store.practiceNetworks().reviews(id);
        });
    }

    /** The networks a partner is a member of, by name. */
    public List<PracticeNetwork> ofPartner(long partnerId) {
        return tx().read(() -> store.practiceNetworks().all().stream().filter(n -> n.hasMember(partnerId)).toList());
    }

    public void delete(long id) {
        tx().writing(() -> {
            find(id);
            store.practiceNetworks().delete(id);
        });
    }

    /** Records a review of the network. */
    public NetworkReview review(NetworkReview draft) {
        return tx().write(() -> {
            NetworkReview clean = validated(draft);
            long id = store.practiceNetworks().insertReview(clean, now());
            return store.practiceNetworks().reviews(clean.networkId()).stream().filter(r -> r.id() == id)
                    .findFirst().orElseThrow();
        });
    }

    public List<FieldError> check(NetworkReview draft) {
        return errorsOf(draft, this::validated);
    }

    /** Marks a contact moment as held in the network. */
    public void tagMoment(long networkId, long momentId) {
        tx().writing(() -> {
            find(networkId);
            moments.get(momentId);
            store.practiceNetworks().tagMoment(networkId, momentId);
        });
    }

    public void untagMoment(long networkId, long momentId) {
        tx().writing(() -> store.practiceNetworks().untagMoment(networkId, momentId));
    }

    /** The ids of the moments held in the network, newest first. */
    public List<Long> taggedMoments(long networkId) {
        return tx().read(() -> store.practiceNetworks().taggedMoments(networkId));
    }

    /**
     * A network meeting: one contact moment like {@code template} with each partner present,
     * each tagged with the network, so it counts for the network and for every partner there.
     */
    public List<ContactMoment> logMeeting(long networkId, ContactMoment template, Set<Long> partnersPresent) {
        return tx().write(() -> {
            find(networkId);
            if (partnersPresent == null || partnersPresent.isEmpty()) {
                throw new ValidationException(FieldError.of("partners", "error.required"));
            }
            List<ContactMoment> logged = new ArrayList<>();
            for (long partnerId : partnersPresent.stream().sorted().toList()) {
                ContactMoment moment = moments.log(template.toBuilder().id(null).partnerId(partnerId).build());
                store.practiceNetworks().tagMoment(networkId, moment.id());
                logged.add(moment);
            }
            return logged;
        });
    }

    /**
     * Writes every network with its members and its latest review to a CSV file (standard or
     * for a Dutch Excel), through {@link SafeOutput}: one row per network, labels in the user's
     * language, members as "name (role)" joined by semicolons.
     */
    public int export(Path target, CsvDialect dialect, Messages messages) {
        List<NetworkRow> rows = overview();
        List<String> header = new ArrayList<>(List.of(messages.get("field.name"), messages.get("field.kind"),
                messages.get("field.governance"), messages.get("field.focus"), messages.get("field.scope"),
                messages.get("field.region"), messages.get("field.ourRole"), messages.get("field.phase"),
                messages.get("field.hoursPerQuarter"), messages.get("field.contract"),
                messages.get("field.contractUntil"), messages.get("field.members"),
                messages.get("field.reviewedOn")));
        for (MaturityDimension d : MaturityDimension.values()) {
            header.add(messages.get(d.labelKey()));
        }
        header.add(messages.get("field.trust"));
        header.add(messages.get("field.participants"));
        header.add(messages.get("field.goalConsensus"));
        header.add(messages.get("field.competenceNeed"));
        header.add(messages.get("field.decision"));
        header.add(messages.get("field.decisionNote"));
        SafeOutput.writeFile(target, store.location(), file -> {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 CsvTableWriter csv = CsvTableWriter.start(out, dialect, header)) {
                for (NetworkRow row : rows) {
                    csv.row(exportRow(row, dialect, messages));
                }
            }
        });
        return rows.size();
    }

    private static List<String> exportRow(NetworkRow row, CsvDialect dialect, Messages messages) {
        PracticeNetwork n = row.network();
        List<String> members = n.members().stream()
                .map(m -> m.role() == null ? m.partnerName() : m.partnerName() + " (" + m.role() + ")").toList();
        List<String> cells = new ArrayList<>(Arrays.asList(n.name(), messages.get(n.kind().labelKey()),
                messages.get(n.governance().labelKey()), messages.get(n.focus().labelKey()),
                messages.get(n.scope().labelKey()), n.region(), messages.get(n.ourRole().labelKey()),
                messages.get(n.phase().labelKey()), n.hoursPerQuarter() == null ? null : n.hoursPerQuarter().toString(),
                n.contract(), dialect.date(n.contractUntil()), String.join("; ", members)));
        NetworkReview r = row.latestReview();
        cells.add(r == null ? null : dialect.date(r.reviewedOn()));
        for (MaturityDimension d : MaturityDimension.values()) {
            cells.add(r == null ? null : String.valueOf(r.score(d)));
        }
        cells.add(r == null ? null : String.valueOf(r.factors().trust()));
        cells.add(r == null ? null : String.valueOf(r.factors().participants()));
        cells.add(r == null ? null : String.valueOf(r.factors().goalConsensus()));
        cells.add(r == null ? null : String.valueOf(r.factors().competenceNeed()));
        cells.add(r == null ? null : messages.get(r.decision().labelKey()));
        cells.add(r == null ? null : r.decisionNote());
        return cells;
    }

    private PracticeNetwork find(long id) {
        return store.practiceNetworks().find(id).orElseThrow(() -> new NotFoundException("practice-network", id));
    }

    private PracticeNetwork current(Long id, int version) {
        if (id == null) {
            throw new NotFoundException("practice-network", "-");
        }
        PracticeNetwork current = find(id);
        if (current.version() != version) {
            throw new ConflictException("practice-network", id);
        }
        return current;
    }

    private PracticeNetwork save(PracticeNetwork edited) {
        PracticeNetwork clean = validated(edited);
        if (!store.practiceNetworks().update(clean, now())) {
            throw new ConflictException("practice-network", edited.id());
        }
        return store.practiceNetworks().find(edited.id()).orElseThrow();
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private PracticeNetwork validated(PracticeNetwork d) {
        Validator v = new Validator();
        String name = Fields.required(v, "name", d.name(), Fields.MAX_NAME);
        if (name != null) {
            for (PracticeNetwork other : store.practiceNetworks().all()) {
                if (key(other.name()).equals(key(name)) && !other.id().equals(d.id())) {
                    v.add("name", "error.network.duplicate-name", name);
                }
            }
        }
        Fields.requiredValue(v, "kind", d.kind());
        Fields.requiredValue(v, "governance", d.governance());
        Fields.requiredValue(v, "focus", d.focus());
        Fields.requiredValue(v, "scope", d.scope());
        Fields.requiredValue(v, "ourRole", d.ourRole());
        Fields.requiredValue(v, "phase", d.phase());
        String region = Fields.optional(v, "region", d.region(), Fields.MAX_NAME);
        Fields.between(v, "hoursPerQuarter", d.hoursPerQuarter(), 0, MAX_HOURS, "error.network.hours");
        String contract = Fields.optional(v, "contract", d.contract(), Fields.MAX_NAME);
        if (contract == null && d.contractUntil() != null) {
            v.add("contract", "error.network.contract-needed");
        }
        String notes = Fields.optional(v, "notes", d.notes(), Fields.MAX_TEXT);
        List<NetworkMember> members = new ArrayList<>();
        for (NetworkMember m : d.members()) {
            Partner partner = store.partners().find(m.partnerId()).orElse(null);
            if (partner == null || partner.inTrash()) {
                v.add("members", "error.partner.unknown", String.valueOf(m.partnerId()));
            }
            members.add(new NetworkMember(m.partnerId(), m.partnerName(),
                    Fields.optional(v, "members", m.role(), Fields.MAX_NAME)));
        }
        for (Long goalId : d.goalIds()) {
            if (store.sharedGoals().find(goalId).isEmpty()) {
                v.add("goals", "error.goal.unknown", goalId);
            }
        }
        v.throwIfInvalid();
        return new PracticeNetwork(d.id(), name, d.kind(), d.governance(), d.focus(), d.scope(), region, d.ourRole(),
                d.hoursPerQuarter(), contract, d.contractUntil(), d.phase(), notes, members, d.goalIds(),
                d.createdAt(), d.updatedAt(), d.version());
    }

    private NetworkReview validated(NetworkReview d) {
        Validator v = new Validator();
        if (store.practiceNetworks().find(d.networkId()).isEmpty()) {
            v.add("network", "error.network.unknown", String.valueOf(d.networkId()));
        }
        Fields.requiredDate(v, "reviewedOn", d.reviewedOn());
        if (d.reviewedOn() != null && d.reviewedOn().isAfter(today())) {
            v.add("reviewedOn", "error.date.future", d.reviewedOn());
        }
        Map<MaturityDimension, DimensionScore> scores = new EnumMap<>(MaturityDimension.class);
        for (MaturityDimension dimension : MaturityDimension.values()) {
            DimensionScore s = d.scores().get(dimension);
            String field = "dimension." + dimension.code();
            if (s == null) {
                v.add(field, "error.required");
                continue;
            }
            if (s.score() < MaturityDimension.MIN || s.score() > MaturityDimension.MAX) {
                v.add(field, "error.network.score", MaturityDimension.MIN, MaturityDimension.MAX);
            }
            String reason = Texts.cleanLine(s.reason());
            if (reason != null && reason.length() > MAX_REASON) {
                v.add(field, "error.too-long", MAX_REASON);
            }
            scores.put(dimension, new DimensionScore(s.score(), reason));
        }
        EffectivenessFactors f = d.factors();
        if (f == null) {
            v.add("trust", "error.required");
        } else {
            scale(v, "trust", f.trust());
            scale(v, "goalConsensus", f.goalConsensus());
            scale(v, "competenceNeed", f.competenceNeed());
            if (f.participants() < 1 || f.participants() > MAX_PARTICIPANTS) {
                v.add("participants", "error.network.participants", 1, MAX_PARTICIPANTS);
            }
        }
        Fields.requiredValue(v, "decision", d.decision());
        String note = Fields.optional(v, "decisionNote", d.decisionNote(), Fields.MAX_TEXT);
        v.throwIfInvalid();
        return new NetworkReview(null, d.networkId(), d.reviewedOn(), scores, f, d.tipsFollowed(), d.decision(),
                note, null);
    }

    private static void scale(Validator v, String field, int value) {
        if (value < MaturityDimension.MIN || value > MaturityDimension.MAX) {
            v.add(field, "error.network.score", MaturityDimension.MIN, MaturityDimension.MAX);
        }
    }
}
