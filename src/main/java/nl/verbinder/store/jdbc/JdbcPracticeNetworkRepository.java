package nl.verbinder.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.verbinder.domain.attention.NetworkReasonCode;
import nl.verbinder.domain.attention.NetworkSnooze;
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
import nl.verbinder.domain.networks.PhaseChange;
import nl.verbinder.domain.networks.PracticeNetwork;
import nl.verbinder.domain.networks.ReviewDecision;
import nl.verbinder.store.PracticeNetworkRepository;


/**
 * The practice's networks in SQLite: {@code practice_network} with its members, goals, phase
 * history and tagged moments, and {@code network_review} with its scores and tips. A list
 * reads each table once (members and goals for all networks in one query each).
 */
public final class JdbcPracticeNetworkRepository implements PracticeNetworkRepository {

    private static final SnoozeTable SNOOZES = new SnoozeTable("network_snooze", "network_id");
    private static final LinkTable GOALS = new LinkTable("practice_network", "practice_network_goal", "network_id", "goal_id");

    private final Database database;

    public JdbcPracticeNetworkRepository(Database database) {
        this.database = database;
    }

    @Override
    public long insert(PracticeNetwork n, Instant now) {
        Connection c = database.connection();
        long id = Sql.insert(c, """
                INSERT INTO practice_network (name, kind, governance, focus, scope, region, our_role, hours_per_quarter,
                                              contract, contract_until, phase, notes, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                """, n.name(), n.kind(), n.governance(), n.focus(), n.scope(), n.region(), n.ourRole(),
                n.hoursPerQuarter(), n.contract(), n.contractUntil(), n.phase(), n.notes(), now, now);
        writeLinks(c, id, n);
        return id;
    }

    @Override
    public boolean update(PracticeNetwork n, Instant now) {
        Connection c = database.connection();
        int changed = Sql.update(c, """
                UPDATE practice_network
                SET name = ?, kind = ?, governance = ?, focus = ?, scope = ?, region = ?, our_role = ?,
                    hours_per_quarter = ?, contract = ?, contract_until = ?, phase = ?, notes = ?,
                    updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?
                """, n.name(), n.kind(), n.governance(), n.focus(), n.scope(), n.region(), n.ourRole(),
                n.hoursPerQuarter(), n.contract(), n.contractUntil(), n.phase(), n.notes(), now, n.id(), n.version());
        if (changed == 0) {
            return false;
        }
        changeLinks(c, n);
        return true;
    }

    /**
     * Writes only the members and goals that changed, so the history tells what was added,
     * removed or given another role (not every link removed and added again at each save).
     */
    private static void changeLinks(Connection c, PracticeNetwork n) {
        Map<Long, String> before = new HashMap<>();
        Sql.list(c, "SELECT partner_id, role FROM practice_network_member WHERE network_id = ?",
                row -> new Object[] {row.getLong("partner_id"), row.getString("role")}, n.id())
                .forEach(r -> before.put((Long) r[0], (String) r[1]));
        Map<Long, String> after = new HashMap<>();
        n.members().forEach(m -> after.put(m.partnerId(), m.role()));
        Sql.batch(c, "DELETE FROM practice_network_member WHERE network_id = ? AND partner_id = ?",
                before.keySet().stream().filter(id -> !after.containsKey(id))
                        .map(id -> new Object[] {n.id(), id}).toList());
        Sql.batch(c, "UPDATE practice_network_member SET role = ? WHERE network_id = ? AND partner_id = ?",
                after.entrySet().stream().filter(e -> before.containsKey(e.getKey())
                                && !Objects.equals(before.get(e.getKey()), e.getValue()))
                        .map(e -> new Object[] {e.getValue(), n.id(), e.getKey()}).toList());
        Sql.batch(c, "INSERT INTO practice_network_member (network_id, partner_id, role) VALUES (?, ?, ?)",
                n.members().stream().filter(m -> !before.containsKey(m.partnerId()))
                        .map(m -> new Object[] {n.id(), m.partnerId(), m.role()}).toList());
        Set<Long> goalsBefore = new HashSet<>(Sql.list(c,
                "SELECT goal_id FROM practice_network_goal WHERE network_id = ?", row -> row.getLong("goal_id"), n.id()));
        Sql.batch(c, "DELETE FROM practice_network_goal WHERE network_id = ? AND goal_id = ?",
                goalsBefore.stream().filter(g -> !n.goalIds().contains(g)).map(g -> new Object[] {n.id(), g}).toList());
        Sql.batch(c, "INSERT INTO practice_network_goal (network_id, goal_id) VALUES (?, ?)",
                n.goalIds().stream().filter(g -> !goalsBefore.contains(g)).map(g -> new Object[] {n.id(), g}).toList());
    }

    private static void writeLinks(Connection c, long id, PracticeNetwork n) {
        Sql.batch(c, "INSERT INTO practice_network_member (network_id, partner_id, role) VALUES (?, ?, ?)",
                n.members().stream().map(m -> new Object[] {id, m.partnerId(), m.role()}).toList());
        GOALS.insert(c, id, n.goalIds());
    }

    @Override
    public Optional<PracticeNetwork> find(long id) {
        return withLinks(Sql.list(database.connection(), "SELECT * FROM practice_network WHERE id = ?",
                JdbcPracticeNetworkRepository::network, id)).stream().findFirst();
    }

    @Override
    public List<PracticeNetwork> all() {
        return withLinks(Sql.list(database.connection(),
                "SELECT * FROM practice_network ORDER BY name COLLATE NOCASE, id",
                JdbcPracticeNetworkRepository::network));
    }

    @Override
    public void delete(long id) {
        Sql.update(database.connection(), "DELETE FROM practice_network WHERE id = ?", id);
    }

    @Override
    public void addPhase(long networkId, PhaseChange change) {
        Sql.update(database.connection(), "INSERT INTO practice_network_phase (network_id, phase, since) VALUES (?, ?, ?)",
                networkId, change.phase(), change.since());
    }

    @Override
    public List<PhaseChange> phases(long networkId) {
        return Sql.list(database.connection(), """
                SELECT phase, since FROM practice_network_phase WHERE network_id = ? ORDER BY since, id
                """, row -> new PhaseChange(Sql.coded(row, "phase", NetworkPhase.class), Sql.date(row, "since")),
                networkId);
    }

    @Override
    public long insertReview(NetworkReview r, Instant now) {
        Connection c = database.connection();
        EffectivenessFactors f = r.factors();
        long id = Sql.insert(c, """
                INSERT INTO network_review (network_id, reviewed_on, trust, participants, goal_consensus,
                                            competence_need, decision, decision_note, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, r.networkId(), r.reviewedOn(), f.trust(), f.participants(), f.goalConsensus(), f.competenceNeed(),
                r.decision(), r.decisionNote(), now);
        List<Object[]> scores = new ArrayList<>();
        r.scores().forEach((d, s) -> scores.add(new Object[] {id, d, s.score(), s.reason()}));
        Sql.batch(c, "INSERT INTO network_review_score (review_id, dimension, score, reason) VALUES (?, ?, ?, ?)",
                scores);
        List<Object[]> tips = new ArrayList<>();
        for (NetworkTip tip : NetworkTip.values()) {
            tips.add(new Object[] {id, tip, r.follows(tip)});
        }
        Sql.batch(c, "INSERT INTO network_review_tip (review_id, tip, followed) VALUES (?, ?, ?)", tips);
        return id;
    }

    @Override
    public List<NetworkReview> reviews(long networkId) {
        return reviewsWhere("r.network_id = ?", networkId);
    }

    @Override
    public Map<Long, List<NetworkReview>> allReviews() {
        Map<Long, List<NetworkReview>> byNetwork = new LinkedHashMap<>();
        for (NetworkReview review : reviewsWhere("1 = 1")) {
            byNetwork.computeIfAbsent(review.networkId(), k -> new ArrayList<>()).add(review);
        }
        return byNetwork;
    }

    /** The reviews matching the condition on {@code network_review r}, oldest first, with scores and tips. */
    private List<NetworkReview> reviewsWhere(String condition, Object... params) {
        Connection c = database.connection();
        record Head(long id, long networkId, LocalDate on, EffectivenessFactors factors, ReviewDecision decision,
                    String note, Instant createdAt) {
        }
        List<Head> heads = Sql.list(c, "SELECT r.* FROM network_review r WHERE " + condition
                + " ORDER BY r.reviewed_on, r.id", row -> new Head(row.getLong("id"), row.getLong("network_id"),
                        Sql.date(row, "reviewed_on"), new EffectivenessFactors(row.getInt("trust"),
                                row.getInt("participants"), row.getInt("goal_consensus"), row.getInt("competence_need")),
                        Sql.coded(row, "decision", ReviewDecision.class), row.getString("decision_note"),
                        Sql.instant(row, "created_at")), params);
        Map<Long, Map<MaturityDimension, DimensionScore>> scores = new HashMap<>();
        Sql.list(c, """
                SELECT s.review_id, s.dimension, s.score, s.reason
                FROM network_review_score s JOIN network_review r ON r.id = s.review_id
                WHERE %s
                """.formatted(condition), row -> {
                    scores.computeIfAbsent(row.getLong("review_id"), k -> new EnumMap<>(MaturityDimension.class))
                            .put(Sql.coded(row, "dimension", MaturityDimension.class),
                                    new DimensionScore(row.getInt("score"), row.getString("reason")));
                    return null;
                }, params);
        Map<Long, Set<NetworkTip>> tips = new HashMap<>();
        Sql.list(c, """
                SELECT t.review_id, t.tip
                FROM network_review_tip t JOIN network_review r ON r.id = t.review_id
                WHERE %s AND t.followed = 1
                """.formatted(condition), row -> {
                    tips.computeIfAbsent(row.getLong("review_id"), k -> EnumSet.noneOf(NetworkTip.class))
                            .add(Sql.coded(row, "tip", NetworkTip.class));
                    return null;
                }, params);
        List<NetworkReview> reviews = new ArrayList<>(heads.size());
        for (Head h : heads) {
            reviews.add(new NetworkReview(h.id(), h.networkId(), h.on(), scores.get(h.id()), h.factors(),
                    tips.get(h.id()), h.decision(), h.note(), h.createdAt()));
        }
        return reviews;
    }

    @Override
    public void tagMoment(long networkId, long momentId) {
        Sql.update(database.connection(), """
                INSERT INTO practice_network_moment (network_id, moment_id) VALUES (?, ?)
                ON CONFLICT (network_id, moment_id) DO NOTHING
                """, networkId, momentId);
    }

    @Override
    public void untagMoment(long networkId, long momentId) {
        Sql.update(database.connection(), "DELETE FROM practice_network_moment WHERE network_id = ? AND moment_id = ?",
                networkId, momentId);
    }

    @Override
    public List<Long> taggedMoments(long networkId) {
        return Sql.list(database.connection(), """
                SELECT nm.moment_id FROM practice_network_moment nm
                JOIN contact_moment m ON m.id = nm.moment_id
                WHERE nm.network_id = ? ORDER BY m.moment_date DESC, m.id DESC
                """, row -> row.getLong(1), networkId);
    }

    @Override
    public List<Long> networksOfMoment(long momentId) {
        return Sql.list(database.connection(),
                "SELECT network_id FROM practice_network_moment WHERE moment_id = ? ORDER BY network_id",
                row -> row.getLong(1), momentId);
    }

    @Override
    public Map<Long, LocalDate> lastMoments(LocalDate today) {
        Map<Long, LocalDate> last = new HashMap<>();
        Sql.list(database.connection(), """
                SELECT nm.network_id, max(m.moment_date) AS last_moment
                FROM practice_network_moment nm JOIN contact_moment m ON m.id = nm.moment_id
                WHERE m.moment_date <= ?
                GROUP BY nm.network_id
                """, row -> last.put(row.getLong("network_id"), Sql.date(row, "last_moment")), today);
        return last;
    }

    @Override
    public Map<Long, NetworkSnooze> snoozes() {
        Map<Long, NetworkSnooze> snoozes = new LinkedHashMap<>();
        Sql.list(database.connection(), """
                SELECT network_id, until, note, reason_codes, snoozed_on FROM network_snooze ORDER BY network_id
                """, row -> snoozes.put(row.getLong(1), new NetworkSnooze(row.getLong(1), Sql.date(row, "until"),
                row.getString(3), SnoozeTable.reasons(row.getString(4), NetworkReasonCode.class),
                Sql.date(row, "snoozed_on"))));
        return snoozes;
    }

    @Override
    public void saveSnooze(NetworkSnooze snooze, Instant now) {
        SNOOZES.save(database.connection(), snooze.networkId(), snooze.until(), snooze.note(), snooze.reasons(),
                snooze.snoozedOn(), now);
    }

    @Override
    public boolean deleteSnooze(long networkId) {
        return SNOOZES.delete(database.connection(), networkId);
    }

    /** Adds the members (with their partners' names) and goals to every network, one query each. */
    private List<PracticeNetwork> withLinks(List<PracticeNetwork> networks) {
        if (networks.isEmpty()) {
            return networks;
        }
        Connection c = database.connection();
        List<Long> ids = networks.stream().map(PracticeNetwork::id).toList();
        Map<Long, List<NetworkMember>> members = new HashMap<>();
        Sql.list(c, """
                SELECT nm.network_id, nm.partner_id, p.name, nm.role
                FROM practice_network_member nm JOIN partner p ON p.id = nm.partner_id
                WHERE nm.network_id IN (%s)
                ORDER BY p.name COLLATE NOCASE, p.id
                """.formatted(Sql.placeholders(ids.size())), row -> {
                    members.computeIfAbsent(row.getLong(1), k -> new ArrayList<>())
                            .add(new NetworkMember(row.getLong(2), row.getString(3), row.getString(4)));
                    return null;
                }, ids.toArray());
        Map<Long, Set<Long>> goals = GOALS.linked(c, ids);
        return networks.stream().map(n -> n.withMembers(members.getOrDefault(n.id(), List.of()))
                .withGoalIds(goals.getOrDefault(n.id(), Set.of()))).toList();
    }

    private static PracticeNetwork network(ResultSet row) throws SQLException {
        return new PracticeNetwork(row.getLong("id"), row.getString("name"), Sql.coded(row, "kind", NetworkKind.class),
                Sql.coded(row, "governance", GovernanceForm.class), Sql.coded(row, "focus", NetworkFocus.class),
                Sql.coded(row, "scope", NetworkScope.class), row.getString("region"),
                Sql.coded(row, "our_role", OurRole.class), Sql.nullableInt(row, "hours_per_quarter"),
                row.getString("contract"), Sql.date(row, "contract_until"), Sql.coded(row, "phase", NetworkPhase.class),
                row.getString("notes"), List.of(), Set.of(), Sql.instant(row, "created_at"),
                Sql.instant(row, "updated_at"), row.getInt("version"));
    }
}
