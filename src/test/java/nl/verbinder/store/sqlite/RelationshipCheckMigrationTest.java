package nl.verbinder.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import nl.verbinder.app.SqliteWiring;
import nl.verbinder.domain.relationship.RelationshipCheck;
import nl.verbinder.domain.relationship.RelationshipQuestion;
import nl.verbinder.service.Services;
import nl.verbinder.testutil.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V11: every partner's trust of before migrates into the trust answers of a relationship check. */
class RelationshipCheckMigrationTest {

    @TempDir
    Path folder;

    @Test
    void eachTrustOfBeforeBecomesTrustAnswersThatGiveTheSameTrustBack() throws Exception {
        Path file = folder.resolve("verbinder.db");
        Flyway.configure(getClass().getClassLoader()).dataSource("jdbc:sqlite:" + file, null, null)
                .locations(Migrations.LOCATION).table(Migrations.HISTORY_TABLE).target("8").load().migrate();
        String t = "'2026-01-05T09:00:00.000Z'";
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (int trust = 1; trust <= 5; trust++) {
                s.execute("INSERT INTO partner (id, name, category, status, trust, created_at, updated_at) VALUES ("
                        + trust + ", 'Partner " + trust + "', 'gp', 'active', " + trust + ", " + t + ", " + t + ")");
            }
            s.execute("INSERT INTO partner (id, name, category, status, created_at, updated_at) "
                    + "VALUES (9, 'Zonder vertrouwen', 'gp', 'active', " + t + ", " + t + ")");
        }

        try (SqliteStore store = SqliteStore.open(file, TestDatabase.fixedClock(TestDatabase.TODAY))) {
            Services services = SqliteWiring.services(store, TestDatabase.fixedClock(TestDatabase.TODAY));
            for (int trust = 1; trust <= 5; trust++) {
                RelationshipCheck check = services.relationshipChecks().check(trust);
                assertThat(check.trustLevel()).as("trust " + trust).isEqualTo(trust);
                assertThat(check.valueScore()).as("the value questions stay open").isNull();
                assertThat(check.checkedOn()).isNull();
                assertThat(services.partners().get(trust).trust()).isEqualTo(trust);
                assertThat(check).isEqualTo(RelationshipCheck.fromTrust(trust, trust));
            }
            assertThat(services.relationshipChecks().check(9).isEmpty()).isTrue();
            assertThat(services.relationshipChecks().check(3).answer(RelationshipQuestion.SHARED_MISSION)).isEqualTo(2);
        }
    }
}
