package nl.verbinder.store.postgres;

import static nl.verbinder.testutil.ContactMomentBuilder.aMoment;
import static nl.verbinder.testutil.ContactPersonBuilder.aContactPerson;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.verbinder.app.PostgresWiring;
import nl.verbinder.service.Services;
import nl.verbinder.testutil.PlainSqlite;
import nl.verbinder.testutil.PostgresServer;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An erase on the practice server leaves no trace in the server's table files: an UPDATE or
 * DELETE leaves the old row in the table and its indexes until the space is reused, so the erase
 * rewrites the tables afterwards ({@code VACUUM FULL}). The test reads the files of every table,
 * index and TOAST table of the schema from the server's data folder, before (the name is there)
 * and after the erase (it is not). The WAL is not read: it keeps the old rows until it is recycled,
 * as docs/avg.md says.
 */
class ServerEraseTest {

    private static final String NAME = "Özlem Zwanenburg";
    private static final List<String> TRACES = List.of("zwanenburg", "o.zwanenburg@oost.nl", "98765432");

    @Test
    void theServersTableFilesHoldNoTraceOfAnErasedPerson() throws Exception {
        String url = PostgresServer.get().freshDatabase();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        var clock = TestDatabase.fixedClock(TestDatabase.TODAY);
        try (PostgresStore store = PostgresStore.open(dataSource, "postgresql://test/erase", clock)) {
            Services s = PostgresWiring.services(store, clock);
            long partner = s.partners().create(aPartner().named("Huisarts Oost").tagged("team Zwanenburg", "ouderen")
                    .withNotes("Bel " + NAME + " op 06 98765432 of mail o.zwanenburg@oost.nl").build()).id();
            long ozlem = s.contactPersons().add(aContactPerson().at(partner).named(NAME).withRole("POH")
                    .withEmail("o.zwanenburg@oost.nl").withPhone("06 98765432").build()).id();
            for (int i = 0; i < 50; i++) {
                s.moments().log(aMoment().with(partner).about("Overleg " + i + " met " + NAME)
                        .withContactPersons(ozlem).build());
            }
            assertThat(tracesInTableFiles(url)).as("the name is in the table files before the erase").isNotEmpty();

            s.contactPersons().erasePerson(ozlem, s.contactPersons().findMentions(ozlem));

            assertThat(s.contactPersons().countMentions("Zwanenburg")).isZero();
            assertThat(s.contactPersons().finishPendingErasure()).as("nothing waits for a clean-up").isTrue();
        }
        assertThat(tracesInTableFiles(url)).isEmpty();
    }

    /** The table, index and TOAST files of the schema that hold a trace, after a checkpoint wrote every page. */
    private static List<String> tracesInTableFiles(String url) throws SQLException, IOException {
        List<String> files;
        try (Connection c = DriverManager.getConnection(url); Statement statement = c.createStatement()) {
            statement.execute("CHECKPOINT");
            files = PlainSqlite.column(c, """
                    SELECT pg_relation_filepath(r.oid) FROM pg_class r
                    WHERE r.relnamespace = current_schema()::regnamespace AND r.relkind IN ('r', 'i')
                    UNION
                    SELECT pg_relation_filepath(r.reltoastrelid) FROM pg_class r
                    WHERE r.relnamespace = current_schema()::regnamespace AND r.reltoastrelid <> 0
                    """);
        }
        List<String> hits = new ArrayList<>();
        Path data = PostgresServer.get().dataFolder();
        for (String file : files) {
            Path path = data.resolve(file);
            if (!Files.exists(path)) {
                continue;
            }
            String bytes = new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            for (String trace : TRACES) {
                if (bytes.contains(trace)) {
                    hits.add(file + ": " + trace);
                }
            }
        }
        return hits;
    }
}
