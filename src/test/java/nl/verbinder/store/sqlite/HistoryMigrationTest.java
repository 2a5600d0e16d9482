package nl.verbinder.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.history.Change;
import nl.verbinder.domain.history.ChangeAction;
import nl.verbinder.domain.history.RecordKind;
import nl.verbinder.service.Services;
import nl.verbinder.testutil.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V5 on a database of the release before it: every record stays as it was, the history
 * starts with one 'start' change, and the changes after it are recorded. And every column of
 * every recorded table is recorded by its triggers, so a later migration that adds a column
 * and forgets the history fails here.
 */
class HistoryMigrationTest {

    private static final List<String> RECORDED = List.of("practice_profile", "therapist", "partner", "partner_tag",
            "contact_person", "contact_moment", "contact_moment_therapist", "contact_moment_person",
            "contact_moment_goal", "shared_goal", "shared_goal_partner", "environment_note",
            "environment_note_partner", "setting", "attention_snooze");

    /** The tables recorded since V15 (made after V5, so not filled before the migration above). */
    private static final List<String> RECORDED_SINCE_V15 = List.of("practice_network", "practice_network_member",
            "practice_network_goal", "practice_network_phase", "network_review", "relationship_check");

    /**
     * Columns that are bookkeeping, not data the user changes: among them the id a workstation gave
     * a moment it logged while the practice server was away (V14), set once and never edited.
     */
    private static final Set<String> NOT_RECORDED = Set.of("id", "created_at", "updated_at", "version", "give_ask",
            "key", "client_id");

    /** Columns later migrations added to the recorded tables (not in a file of the release). */
    private static final Set<String> ADDED_LATER = Set.of("contact_moment.client_id", "setting.version");

    @TempDir
    Path folder;

    @Test
    void aDatabaseOfTheCurrentReleaseKeepsEveryRecordAndStartsTheHistory() throws Exception {
        Path file = folder.resolve("verbinder.db");
        Flyway.configure(getClass().getClassLoader()).dataSource("jdbc:sqlite:" + file, null, null)
                .locations(Migrations.LOCATION).table(Migrations.HISTORY_TABLE).target("4").load().migrate();
        String t = "'2026-01-05T09:00:00.000Z'";
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("UPDATE practice_profile SET name = 'Fysio Oost', version = 1");
            s.execute("INSERT INTO therapist (id, name, role, created_at, updated_at) VALUES (1, 'Anna de Vries', "
                    + "'therapist', " + t + ", " + t + ")");
            s.execute("INSERT INTO partner (id, name, category, status, owner_id, created_at, updated_at) "
                    + "VALUES (1, 'De Linde', 'gp', 'dormant', 1, " + t + ", " + t + ")");
            s.execute("INSERT INTO partner_tag (partner_id, tag) VALUES (1, 'sport')");
            s.execute("INSERT INTO contact_person (id, partner_id, name, created_at, updated_at) "
                    + "VALUES (1, 1, 'Piet Bakker', " + t + ", " + t + ")");
            s.execute("INSERT INTO shared_goal (id, title, status, created_at, updated_at) "
                    + "VALUES (1, 'Valpreventie', 'active', " + t + ", " + t + ")");
            s.execute("INSERT INTO shared_goal_partner (goal_id, partner_id) VALUES (1, 1)");
            s.execute("INSERT INTO contact_moment (id, partner_id, moment_date, kind, summary, logged_by, "
                    + "created_at, updated_at) VALUES (1, 1, '2026-01-04', 'phone', 'Kennismaking', 1, " + t + ", "
                    + t + ")");
            s.execute("INSERT INTO contact_moment_therapist (moment_id, therapist_id) VALUES (1, 1)");
            s.execute("INSERT INTO contact_moment_person (moment_id, contact_person_id) VALUES (1, 1)");
            s.execute("INSERT INTO contact_moment_goal (moment_id, goal_id) VALUES (1, 1)");
            s.execute("INSERT INTO environment_note (id, factor, title, created_at, updated_at) "
                    + "VALUES (1, 'population', 'Vergrijzing', " + t + ", " + t + ")");
            s.execute("INSERT INTO environment_note_partner (note_id, partner_id) VALUES (1, 1)");
            s.execute("INSERT INTO setting (key, value, updated_at) VALUES ('attention.never-contacted-days', '30', "
                    + t + ")");
            s.execute("INSERT INTO attention_snooze (partner_id, until, reason_codes, snoozed_on, created_at) "
                    + "VALUES (1, '2026-03-01', 'overdue', '2026-01-05', " + t + ")");
        }
        Map<String, List<List<Object>>> before = dump(file, RECORDED);

        try (SqliteStore store = SqliteStore.open(file, TestDatabase.fixedClock(TestDatabase.TODAY))) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST_VERSION);
            Services services = Services.over(store, TestDatabase.fixedClock(TestDatabase.TODAY));
            assertThat(services.history().forPartner(1, null)).isEmpty();
            assertThat(services.history().startedAt()).isPresent();

            var linde = services.partners().get(1);
            services.history().actAs(1L);
            services.partners().update(linde.toBuilder().status(PartnerStatus.ACTIVE).build());
            List<Change> changes = services.history().forPartner(1, null);
            assertThat(changes).singleElement().satisfies(c -> {
                assertThat(c.action()).isEqualTo(ChangeAction.UPDATE);
                assertThat(c.kind()).isEqualTo(RecordKind.PARTNER);
                assertThat(c.actor()).isEqualTo("Anna de Vries");
            });
        }
        Map<String, List<List<Object>>> after = dump(file, RECORDED);
        for (String table : RECORDED) {
            if (table.equals("partner")) {
                continue; // changed on purpose above
            }
            assertThat(after.get(table)).as(table).isEqualTo(before.get(table)).isNotEmpty();
        }
    }

    @Test
    void everyColumnOfEveryRecordedTableIsRecordedByItsTriggers(@TempDir Path other) throws Exception {
        try (TestDatabase db = TestDatabase.in(other)) {
            db.store().close();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other.resolve("verbinder.db"));
             Statement s = c.createStatement()) {
            List<String> recorded = new ArrayList<>(RECORDED);
            recorded.addAll(RECORDED_SINCE_V15);
            for (String table : recorded) {
                Set<String> columns = new TreeSet<>();
                try (ResultSet r = s.executeQuery("SELECT name FROM pragma_table_xinfo('" + table + "')")) {
                    while (r.next()) {
                        if (!NOT_RECORDED.contains(r.getString(1))) {
                            columns.add(r.getString(1));
                        }
                    }
                }
                List<String> triggers = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                        + "AND tbl_name = '" + table + "' AND name LIKE 'history%'")) {
                    while (r.next()) {
                        triggers.add(r.getString(2));
                    }
                }
                assertThat(triggers).as(table).hasSizeGreaterThanOrEqualTo(2);
                String delete = triggers.stream().filter(sql -> sql.contains("AFTER DELETE")).findFirst().orElseThrow();
                for (String column : columns) {
                    if (!table.equals("setting")) {
                        assertThat(delete).as(table + "." + column).contains("OLD." + column + " AS TEXT");
                    }
                    triggers.stream().filter(sql -> sql.contains("AFTER UPDATE")).findFirst().ifPresent(update ->
                            assertThat(update).as(table + "." + column + " on update")
                                    .contains("OLD." + column + " IS NOT NEW." + column));
                }
            }
        }
    }

    private static Map<String, List<List<Object>>> dump(Path file, List<String> tables) throws Exception {
        Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String table : tables) {
                List<List<Object>> list = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    int width = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= width; i++) {
                            if (ADDED_LATER.contains(table + "." + r.getMetaData().getColumnName(i))) {
                                continue; // not in the release's file; compared as it was
                            }
                            row.add(r.getObject(i));
                        }
                        list.add(row);
                    }
                }
                rows.put(table, list);
            }
        }
        return rows;
    }
}
