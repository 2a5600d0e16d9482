package nl.verbinder.store.sqlite;

import nl.verbinder.app.SqliteWiring;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.service.Services;
import nl.verbinder.testutil.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V2 on a file with data: the search index is filled from the partners that are there. */
class SearchIndexMigrationTest {

    @TempDir
    Path folder;

    @Test
    void migratingToVersionTwoIndexesTheExistingPartners() throws Exception {
        Path file = folder.resolve("verbinder.db");
        Flyway.configure(getClass().getClassLoader()).dataSource("jdbc:sqlite:" + file, null, null)
                .locations(Migrations.LOCATION).table(Migrations.HISTORY_TABLE).target("1").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO partner (id, name, category, city, created_at, updated_at) "
                    + "VALUES (1, 'Diëtistenpraktijk Smaakvol', 'dietitian', 'Zeist', '2026-01-05T09:00:00.000Z', "
                    + "'2026-01-05T09:00:00.000Z')");
            s.execute("INSERT INTO partner_tag (partner_id, tag) VALUES (1, 'voeding')");
            s.execute("INSERT INTO contact_person (partner_id, name, created_at, updated_at) "
                    + "VALUES (1, 'Ayşe Yılmaz', '2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z')");
        }

        try (SqliteStore store = SqliteStore.open(file, TestDatabase.fixedClock(TestDatabase.TODAY))) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST_VERSION);
            assertThat(store.backups()).hasSize(1);
            Services services = SqliteWiring.services(store, TestDatabase.fixedClock(TestDatabase.TODAY));
            for (String search : new String[] {"diet", "yilmaz", "zeist voeding"}) {
                assertThat(services.partners().list(PartnerQuery.all().withSearch(search)))
                        .extracting(PartnerOverview::name).as(search).containsExactly("Diëtistenpraktijk Smaakvol");
            }
        }
    }
}
