package nl.verbinder.store.postgres;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import nl.verbinder.app.SqliteWiring;
import nl.verbinder.domain.Partner;
import nl.verbinder.service.ServerMigration;
import nl.verbinder.service.Services;
import nl.verbinder.store.sqlite.SqliteStore;
import nl.verbinder.testutil.PostgresServer;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Copying onto the server goes through COPY's text format: text with tabs, backslashes, line
 * breaks, a literal {@code \N} and characters outside the basic plane arrives as it was typed
 * (the copy's own per-table checksums compare every row, and the partner reads back equal).
 */
class ServerCopyTextTest {

    private static final String AWKWARD = "tab\there, back\\slash, \\N not null,\r\nnew line, emoji \uD83E\uDD1D, "
            + "quote ' and \"";

    @TempDir
    Path folder;

    @Test
    void awkwardTextArrivesOnTheServerAsItWasTyped() {
        Clock clock = TestDatabase.fixedClock(TestDatabase.TODAY);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(PostgresServer.get().freshDatabase());
        try (SqliteStore sqlite = SqliteStore.open(folder.resolve("verbinder.db"), clock);
             PostgresStore postgres = PostgresStore.open(dataSource, "postgresql://test/copy")) {
            Services onFile = SqliteWiring.services(sqlite, clock);
            Partner typed = onFile.partners().create(aPartner().named("Sportclub \\N").withNotes(AWKWARD)
                    .tagged("a\tb", "c\\d").build());

            ServerMigration.Result copied = ServerMigration.copy(sqlite, postgres);

            Partner arrived = Services.over(postgres, clock).partners().get(typed.id());
            assertThat(arrived.name()).isEqualTo("Sportclub \\N");
            assertThat(arrived.notes()).as("as stored in the file (which keeps line breaks as \\n)")
                    .isEqualTo(onFile.partners().get(typed.id()).notes()).contains("\t", "\\N", "\n", "\uD83E\uDD1D");
            assertThat(arrived.tags()).isEqualTo(onFile.partners().get(typed.id()).tags()).contains("c\\d");
            assertThat(copied.rows().get("partner")).isEqualTo(1);
        }
    }
}
