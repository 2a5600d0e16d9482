package nl.verbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import nl.verbinder.testutil.PostgresServer;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on a practice server: {@code --db postgresql://...} opens it for every
 * command; a wrong password, an unknown host, a server that is down, another application's
 * database and a newer schema each end with a clear message, exit code 1 and nothing written.
 */
class ServerCommandLineTest {

    @TempDir
    Path folder;

    private static String address(String jdbcUrl) {
        // jdbc:postgresql://127.0.0.1:PORT/NAME?user=postgres&sslmode=disable -> postgresql://...
        return jdbcUrl.substring("jdbc:".length());
    }

    private static CliRun run(Map<String, String> env, String... args) {
        return CliRun.withArgs(TestDatabase.fixedClock(TestDatabase.TODAY), env, args);
    }

    @Test
    void everyCommandWorksOnTheServer() {
        String db = address(PostgresServer.get().freshDatabase());
        CliRun added = run(Map.of(), "--db", db, "partner", "add", "--name", "Huisartsenpraktijk De Linde",
                "--category", "gp");
        assertThat(added.exitCode()).as(added.err()).isZero();

        CliRun listed = run(Map.of(), "--db", db, "partners", "--format", "csv");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("Huisartsenpraktijk De Linde");
    }

    /** The AVG commands on the server: inzage, export and erase as on a file (issue 19). */
    @Test
    void personShowExportAndEraseWorkOnTheServer() throws Exception {
        String jdbc = PostgresServer.get().freshDatabase();
        org.postgresql.ds.PGSimpleDataSource dataSource = new org.postgresql.ds.PGSimpleDataSource();
        dataSource.setUrl(jdbc);
        var clock = TestDatabase.fixedClock(TestDatabase.TODAY);
        try (var store = nl.verbinder.store.postgres.PostgresStore.open(dataSource, "postgresql://test/avg", clock)) {
            var s = nl.verbinder.app.PostgresWiring.services(store, clock);
            long partner = s.partners().create(nl.verbinder.testutil.PartnerBuilder.aPartner().named("Huisarts Oost")
                    .withNotes("Vraag naar ANJA DE  VRIES").build()).id();
            s.contactPersons().add(nl.verbinder.testutil.ContactPersonBuilder.aContactPerson().at(partner)
                    .named("Anja de Vries").withEmail("a.devries@huisarts-oost.nl").build());
        }
        String db = address(jdbc);

        CliRun shown = run(Map.of(), "--db", db, "person", "show", "anja de vries");
        assertThat(shown.exitCode()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("a.devries@huisarts-oost.nl", "Notities (volledige naam): Vraag naar ANJA DE VRIES");
        Path json = folder.resolve("anja.json");
        CliRun exported = run(Map.of(), "--db", db, "person", "export", "anja de vries", "--out", json.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(Files.readString(json)).contains("a.devries@huisarts-oost.nl");

        CliRun erased = run(Map.of(), "--db", db, "person", "erase", "anja de vries", "--yes");
        assertThat(erased.exitCode()).as(erased.err()).isZero();
        assertThat(run(Map.of(), "--db", db, "person", "show", "anja de vries").exitCode()).isEqualTo(1);
        try (Connection c = DriverManager.getConnection(jdbc)) {
            assertThat(nl.verbinder.testutil.PlainSqlite.column(c, "SELECT notes FROM partner"))
                    .containsExactly("Vraag naar [\u2026]");
        }
    }

    @Test
    void theEnvironmentVariableChoosesTheServerToo() {
        String db = address(PostgresServer.get().freshDatabase());
        assertThat(run(Map.of("VERBINDER_DB", db), "partner", "add", "--name", "De Linde", "--category", "gp")
                .exitCode()).isZero();

        assertThat(run(Map.of(), "--db", db, "partners", "--format", "csv").out()).contains("De Linde");
    }

    @Test
    void aWrongPasswordIsRefusedWithoutShowingIt() throws Exception {
        PostgresServer server = PostgresServer.get();
        String db = server.freshDatabase();
        Path passwordFile = Files.writeString(folder.resolve("wachtwoord"), "fout-wachtwoord-123\n");
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
        String address = "postgresql://127.0.0.1:" + server.port() + db.substring(db.lastIndexOf('/'), db.indexOf('?'))
                + "?user=" + PostgresServer.PASSWORD_ROLE + "&sslmode=disable";

        CliRun refused = run(Map.of("VERBINDER_DB_PASSWORD_FILE", passwordFile.toString()), "--lang", "en",
                "--db", address, "partners");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("refuses the password").doesNotContain("fout-wachtwoord-123");
        assertThat(refused.out()).doesNotContain("fout-wachtwoord-123");
    }

    @Test
    void aPasswordFileOthersCanReadIsRefused() throws Exception {
        Path passwordFile = Files.writeString(folder.resolve("wachtwoord"), PostgresServer.PASSWORD);
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-r--r--"));
        String db = address(PostgresServer.get().freshDatabase());

        CliRun refused = run(Map.of("VERBINDER_DB_PASSWORD_FILE", passwordFile.toString()), "--db", db, "partners");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("chmod 600");
    }

    @Test
    void anUnknownHostIsNamed() {
        CliRun refused = run(Map.of(), "--lang", "en", "--db",
                "postgresql://no-such-server.invalid:5432/verbinder?user=anna&sslmode=disable", "partners");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("cannot be found").contains("no-such-server.invalid");
    }

    @Test
    void aServerThatIsDownIsSaidToBeDown() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        CliRun refused = run(Map.of(), "--db", "postgresql://127.0.0.1:" + closedPort + "/verbinder?user=anna",
                "partners");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("antwoordt niet");
    }

    @Test
    void anotherApplicationsDatabaseIsLeftAlone() throws Exception {
        String url = PostgresServer.get().freshDatabase();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoice (id integer PRIMARY KEY, total numeric)");
        }

        CliRun refused = run(Map.of(), "--db", address(url), "partners");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("ander programma");
        assertThat(tables(url)).containsExactly("invoice");
    }

    @Test
    void aNewerSchemaIsRefusedAndNothingChanges() throws Exception {
        String url = PostgresServer.get().freshDatabase();
        assertThat(run(Map.of(), "--db", address(url), "partners").exitCode()).isZero();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,
                        installed_by, execution_time, success)
                    VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'test', 0, true)""");
        }

        CliRun refused = run(Map.of(), "--db", address(url), "partner", "add", "--name", "Nieuw", "--category", "gp");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("nieuwere Verbinder").contains("99");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             var r = s.executeQuery("SELECT count(*) FROM partner")) {
            r.next();
            assertThat(r.getInt(1)).isZero();
        }
    }

    private static List<String> tables(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             var r = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")) {
            List<String> names = new java.util.ArrayList<>();
            while (r.next()) {
                names.add(r.getString(1));
            }
            return names;
        }
    }
}
