package nl.verbinder.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import nl.verbinder.domain.ImportRecord;
import nl.verbinder.domain.ImportSource;
import nl.verbinder.domain.ImportedEntity;
import nl.verbinder.app.SqliteWiring;
import nl.verbinder.service.Services;
import nl.verbinder.store.jdbc.Sql;
import nl.verbinder.testutil.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V8: the import tables are rebuilt for agenda imports; the imports recorded before stay, undoable. */
class CalendarEventMigrationTest {

    @TempDir
    Path folder;

    @Test
    void importsRecordedBeforeKeepTheirItemsAndCanStillBeUndone() throws Exception {
        Path file = folder.resolve("verbinder.db");
        Flyway.configure(getClass().getClassLoader()).dataSource("jdbc:sqlite:" + file, null, null)
                .locations(Migrations.LOCATION).table(Migrations.HISTORY_TABLE).target("4").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO partner (id, name, kind, category, status, created_at, updated_at, version) VALUES "
                    + "(1, 'Huisartsenpraktijk De Linde', 'organisation', 'gp', 'active', "
                    + "'2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z', 0)");
            s.execute("INSERT INTO import_record (id, source, file_name, imported_at, row_count) VALUES "
                    + "(7, 'vcard', 'kaarten.vcf', '2026-11-01T09:00:00.000Z', 1)");
            s.execute("INSERT INTO import_record_item (import_id, entity, entity_id, action, version_after) VALUES "
                    + "(7, 'partner', 1, 'created', 0)");
        }

        try (SqliteStore store = SqliteStore.open(file, TestDatabase.fixedClock(TestDatabase.TODAY))) {
            Services services = SqliteWiring.services(store, TestDatabase.fixedClock(TestDatabase.TODAY));
            ImportRecord kept = services.imports().history().getFirst();
            assertThat(kept.id()).isEqualTo(7);
            assertThat(kept.source()).isEqualTo(ImportSource.VCARD);
            assertThat(kept.count(ImportedEntity.PARTNER, nl.verbinder.domain.ImportItem.Action.CREATED)).isEqualTo(1);

            services.imports().undoLast();

            assertThat(services.partners().list(nl.verbinder.domain.PartnerQuery.all())).isEmpty();
            assertThat(store.transactions().read(() -> Sql.integer(store.database().connection(),
                    "SELECT count(*) FROM pragma_foreign_key_check"))).isZero();
        }
    }
}
