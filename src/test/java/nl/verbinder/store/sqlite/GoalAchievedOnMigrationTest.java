package nl.verbinder.store.sqlite;

import nl.verbinder.app.SqliteWiring;
import static nl.verbinder.testutil.SharedGoalBuilder.aGoal;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.service.Services;
import nl.verbinder.testutil.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V4: goals know the day they were achieved; existing achieved goals get their last change's day. */
class GoalAchievedOnMigrationTest {

    @TempDir
    Path folder;

    @Test
    void anAchievedGoalFromVersionThreeGetsTheDayItWasLastChanged() throws Exception {
        Path file = folder.resolve("verbinder.db");
        Flyway.configure(getClass().getClassLoader()).dataSource("jdbc:sqlite:" + file, null, null)
                .locations(Migrations.LOCATION).table(Migrations.HISTORY_TABLE).target("3").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO shared_goal (id, title, status, created_at, updated_at) VALUES "
                    + "(1, 'Valpreventie 65+', 'achieved', '2026-01-05T09:00:00.000Z', '2026-08-14T21:30:00.000Z'), "
                    + "(2, 'Beweegroute', 'active', '2026-01-05T09:00:00.000Z', '2026-03-01T09:00:00.000Z')");
        }

        try (SqliteStore store = SqliteStore.open(file, TestDatabase.fixedClock(TestDatabase.TODAY))) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST_VERSION);
            Services services = SqliteWiring.services(store, TestDatabase.fixedClock(TestDatabase.TODAY));
            assertThat(services.goals().achievedOn(1)).contains(LocalDate.of(2026, 8, 14));
            assertThat(services.goals().achievedOn(2)).isEmpty();
        }
    }

    @Test
    void changingTheStatusSetsAndClearsTheDay(@TempDir Path other) {
        try (TestDatabase db = TestDatabase.in(other)) {
            Services s = db.services();
            SharedGoal goal = s.goals().create(aGoal().titled("Valpreventie").withStatus(GoalStatus.ACTIVE).build());
            assertThat(s.goals().achievedOn(goal.id())).isEmpty();

            SharedGoal achieved = s.goals().changeStatus(goal.id(), goal.version(), GoalStatus.ACHIEVED);
            assertThat(s.goals().achievedOn(goal.id())).contains(TestDatabase.TODAY);

            SharedGoal retitled = s.goals().update(new SharedGoal(achieved.id(), "Valpreventie 65+", null, null, null,
                    null, GoalStatus.ACHIEVED, null, achieved.partnerIds(), achieved.createdAt(), achieved.updatedAt(),
                    achieved.version()));
            assertThat(s.goals().achievedOn(goal.id())).as("an edit that keeps the status keeps the day")
                    .contains(TestDatabase.TODAY);

            s.goals().changeStatus(goal.id(), retitled.version(), GoalStatus.STOPPED);
            assertThat(s.goals().achievedOn(goal.id())).isEmpty();
        }
    }
}
