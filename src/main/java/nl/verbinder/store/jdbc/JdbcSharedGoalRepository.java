package nl.verbinder.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.store.SharedGoalRepository;

/** Shared goals in SQLite, with their partner links in {@code shared_goal_partner}. */
public final class JdbcSharedGoalRepository implements SharedGoalRepository {

    private static final LinkTable PARTNERS = new LinkTable("shared_goal", "shared_goal_partner", "goal_id", "partner_id");

    private static final String STATUS_ORDER = "CASE g.status WHEN 'idea' THEN 0 WHEN 'exploring' THEN 1 "
            + "WHEN 'agreed' THEN 2 WHEN 'active' THEN 3 WHEN 'achieved' THEN 4 ELSE 5 END";

    private final Database database;

    public JdbcSharedGoalRepository(Database database) {
        this.database = database;
    }

    @Override
    public long insert(SharedGoal g, Instant now) {
        Connection c = database.connection();
        long id = Sql.insert(c, """
                INSERT INTO shared_goal (title, what_is_going_on, what_matters_for_patient, possibilities, what_we_go_for,
                                         status, target_date, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                """, g.title(), g.whatIsGoingOn(), g.whatMattersForPatient(), g.possibilities(), g.whatWeGoFor(),
                g.status(), g.targetDate(), now, now);
        PARTNERS.insert(c, id, g.partnerIds());
        return id;
    }

    @Override
    public boolean update(SharedGoal g, Instant now) {
        Connection c = database.connection();
        int changed = Sql.update(c, """
                UPDATE shared_goal
                SET title = ?, what_is_going_on = ?, what_matters_for_patient = ?, possibilities = ?, what_we_go_for = ?,
                    status = ?, target_date = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?
                """, g.title(), g.whatIsGoingOn(), g.whatMattersForPatient(), g.possibilities(), g.whatWeGoFor(),
                g.status(), g.targetDate(), now, g.id(), g.version());
        if (changed == 0) {
            return false;
        }
        PARTNERS.replace(c, g.id(), g.partnerIds());
        return true;
    }

    @Override
    public Optional<SharedGoal> find(long id) {
        return withPartners(Sql.list(database.connection(), "SELECT g.* FROM shared_goal g WHERE g.id = ?",
                JdbcSharedGoalRepository::goal, id)).stream().findFirst();
    }

    @Override
    public List<SharedGoal> all() {
        return withPartners(Sql.list(database.connection(),
                "SELECT g.* FROM shared_goal g ORDER BY " + STATUS_ORDER + ", g.title COLLATE NOCASE",
                JdbcSharedGoalRepository::goal));
    }

    @Override
    public List<SharedGoal> forPartner(long partnerId) {
        return withPartners(Sql.list(database.connection(), """
                SELECT g.* FROM shared_goal g
                WHERE g.id IN (SELECT goal_id FROM shared_goal_partner WHERE partner_id = ?)
                ORDER BY %s, g.title COLLATE NOCASE
                """.formatted(STATUS_ORDER), JdbcSharedGoalRepository::goal, partnerId));
    }

    @Override
    public int moveLinks(long fromPartnerId, long toPartnerId, Instant now) {
        return PARTNERS.move(database.connection(), fromPartnerId, toPartnerId, now);
    }

    @Override
    public void delete(long id) {
        Sql.update(database.connection(), "DELETE FROM shared_goal WHERE id = ?", id);
    }

    @Override
    public void markAchieved(long id, LocalDate on) {
        Sql.update(database.connection(), "UPDATE shared_goal SET achieved_on = ? WHERE id = ?", on, id);
    }

    @Override
    public Optional<LocalDate> achievedOn(long id) {
        return Sql.one(database.connection(), "SELECT achieved_on FROM shared_goal WHERE id = ?",
                row -> Sql.date(row, "achieved_on"), id).filter(Objects::nonNull);
    }

    /** Adds the partner ids to every goal with one query for all of them. */
    private List<SharedGoal> withPartners(List<SharedGoal> goals) {
        if (goals.isEmpty()) {
            return goals;
        }
        Map<Long, Set<Long>> partners = PARTNERS.linked(database.connection(),
                goals.stream().map(SharedGoal::id).toList());
        return goals.stream().map(g -> g.withPartnerIds(partners.getOrDefault(g.id(), Set.of()))).toList();
    }

    private static SharedGoal goal(ResultSet row) throws SQLException {
        return new SharedGoal(row.getLong("id"), row.getString("title"), row.getString("what_is_going_on"),
                row.getString("what_matters_for_patient"), row.getString("possibilities"),
                row.getString("what_we_go_for"), Sql.coded(row, "status", GoalStatus.class),
                Sql.date(row, "target_date"), Set.of(), Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"),
                row.getInt("version"));
    }
}
