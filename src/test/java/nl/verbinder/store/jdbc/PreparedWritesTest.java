package nl.verbinder.store.jdbc;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import nl.verbinder.domain.Partner;
import nl.verbinder.service.Services;
import nl.verbinder.store.StoreException;
import nl.verbinder.store.sqlite.SqliteStore;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite writer keeps its INSERT, UPDATE and DELETE statements prepared (so the history's
 * triggers are compiled once per connection, not once per save). Kept statements must behave
 * as fresh ones: the same rows and history, a schema changed under them seen, VACUUM and
 * checkpoints not blocked, a failed write not leaving a broken statement behind. SQLite only.
 */
class PreparedWritesTest {

    @TempDir
    Path folder;

    @Test
    void aSecondSaveUsesTheKeptStatementAndIsRecordedAsTheFirst() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            SqliteStore store = db.store();
            Services s = db.services();
            Partner partner = s.partners().create(aPartner().named("Huisarts Oost").build());
            long changesBefore = db.rowCount("history_change");

            Partner once = s.partners().update(partner.toBuilder().notes("Eerste").build());
            int kept = keptOf(store).size();
            s.partners().update(once.toBuilder().notes("Tweede").build());

            assertThat(kept).isPositive();
            assertThat(keptOf(store).size()).as("no statement prepared again for the same SQL").isEqualTo(kept);
            assertThat(db.rowCount("history_change")).isEqualTo(changesBefore + 2);
            assertThat(s.partners().get(partner.id()).notes()).isEqualTo("Tweede");
        }
    }

    @Test
    void aKeptStatementSeesTheSchemaChangedByAnotherConnection() throws Exception {
        try (TestDatabase db = TestDatabase.in(folder)) {
            SqliteStore store = db.store();
            Services s = db.services();
            Partner partner = s.partners().update(s.partners().create(aPartner().named("Zwembad").build())
                    .toBuilder().notes("Eerste").build());
            long changes = db.rowCount("history_change");
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db.file());
                 Statement st = other.createStatement()) {
                st.execute("DROP TRIGGER history_partner_update");
            }

            s.partners().update(partner.toBuilder().notes("Tweede").build());

            assertThat(db.rowCount("history_change")).as("the dropped trigger no longer runs").isEqualTo(changes);
            assertThat(keptOf(store).size()).isPositive();
        }
    }

    @Test
    void keptStatementsDoNotBlockVacuumOrACheckpoint() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            SqliteStore store = db.store();
            Services s = db.services();
            Partner partner = s.partners().create(aPartner().named("Huisarts West").build());
            s.partners().update(partner.toBuilder().notes("Iets").build());
            assertThat(keptOf(store).size()).isPositive();

            assertThat(store.purgeFreedSpace()).isTrue();
            store.database().withWriterOutsideTransaction(c -> Sql.execute(c, "VACUUM"));

            s.partners().update(s.partners().get(partner.id()).toBuilder().notes("Daarna").build());
            assertThat(s.partners().get(partner.id()).notes()).isEqualTo("Daarna");
        }
    }

    @Test
    void aWriteThatFailsLeavesNoBrokenStatementBehind() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            SqliteStore store = db.store();
            long id = db.services().partners().create(aPartner().named("Fysio Noord").build()).id();
            String sql = "UPDATE partner SET trust = ? WHERE id = ?";

            assertThatThrownBy(() -> store.transactions().write(() -> Sql.update(store.database().connection(), sql, 9, id)))
                    .isInstanceOf(StoreException.class);
            int changed = store.transactions().write(() -> Sql.update(store.database().connection(), sql, 4, id));

            assertThat(changed).isEqualTo(1);
            assertThat(db.services().partners().get(id).trust()).isEqualTo(4);
        }
    }

    @Test
    void theSameSqlWhileItRunsGetsAStatementOfItsOwn() throws Exception {
        try (TestDatabase db = TestDatabase.in(folder)) {
            PreparedWrites kept = keptOf(db.store());
            String sql = "UPDATE setting SET value = value WHERE key = ?";
            PreparedStatement first = kept.take(sql, false);
            PreparedStatement second = kept.take(sql, false);
            assertThat(second).isNotSameAs(first);
            kept.giveBack(sql, false, first);
            kept.giveBack(sql, false, second);

            assertThat(first.isClosed()).as("the one put back first gave way to the second").isTrue();
            assertThat(kept.take(sql, false)).isSameAs(second);
        }
    }

    @Test
    void onlyWritesAreKeptAndNothingAfterTheStoreCloses() {
        Connection writer;
        try (TestDatabase db = TestDatabase.in(folder)) {
            SqliteStore store = db.store();
            writer = store.transactions().write(() -> store.database().connection());
            assertThat(PreparedWrites.of(writer)).isNotNull();
        }
        assertThat(PreparedWrites.of(writer)).isNull();
        assertThat(PreparedWrites.isKept("  update partner SET x = 1")).isTrue();
        assertThat(PreparedWrites.isKept("INSERT INTO x VALUES (1)")).isTrue();
        assertThat(PreparedWrites.isKept("DELETE FROM x")).isTrue();
        assertThat(PreparedWrites.isKept("SELECT 1")).isFalse();
        assertThat(PreparedWrites.isKept("PRAGMA wal_checkpoint(TRUNCATE)")).isFalse();
        assertThat(PreparedWrites.isKept("CREATE TABLE x (a)")).isFalse();
    }

    private static PreparedWrites keptOf(SqliteStore store) {
        Connection writer = store.transactions().write(() -> store.database().connection());
        return PreparedWrites.of(writer);
    }
}
