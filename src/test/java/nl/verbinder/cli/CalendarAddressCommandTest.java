package nl.verbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nl.verbinder.domain.MomentQuery;
import nl.verbinder.service.calendar.CalendarAddress;
import nl.verbinder.testutil.AgendaPartners;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import calendar --fetch}: a private agenda address fetched from a real (local) HTTP
 * server only when asked; the address is kept owner-only in the data folder and never shows up
 * in output, the database, a backup or an export.
 */
class CalendarAddressCommandTest {

    private static final String SECRET = "private-3f9a7c1e5b2d4a6c8e0f.ics";

    @TempDir
    Path folder;

    private Path db;
    private Path data;
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String address;

    @BeforeEach
    void practiceAndServer() throws Exception {
        try (TestDatabase t = TestDatabase.in(folder)) {
            db = t.file();
            AgendaPartners.in(t.services());
        }
        data = folder.resolve("data");
        byte[] agenda = Files.readAllBytes(AgendaPartners.file("outlook-agenda.ics"));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/owa/calendar/", exchange -> {
            requests.incrementAndGet();
            boolean known = exchange.getRequestURI().getPath().endsWith(SECRET);
            byte[] body = known ? agenda : "not found".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/calendar");
            exchange.sendResponseHeaders(known ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        address = "http://127.0.0.1:" + server.getAddress().getPort() + "/owa/calendar/" + SECRET;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private CliRun run(String... args) {
        String[] all = Stream.concat(Stream.of("--db", db.toString()), Stream.of(args)).toArray(String[]::new);
        return CliRun.withArgs(TestDatabase.fixedClock(TestDatabase.TODAY),
                Map.of("XDG_DATA_HOME", data.toString()), all);
    }

    @Test
    void theAgendaIsFetchedOnlyWhenAskedAndTheAddressStaysSecret() throws Exception {
        CliRun list = run("partners");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(requests.get()).as("nothing is fetched unless asked").isZero();

        CliRun dry = run("import", "calendar", "--fetch", "--address", address, "--dry-run");

        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(requests.get()).isEqualTo(1);
        assertThat(dry.out()).contains("Agenda opgehaald van http://127.0.0.1:" + server.getAddress().getPort() + "/…",
                "7 voorgesteld", "Proefimport");
        Path stored = data.resolve("verbinder").resolve(CalendarAddress.FILE_NAME);
        assertThat(Files.readString(stored).strip()).isEqualTo(address);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stored))).isEqualTo("rw-------");
        try (Stream<Path> left = Files.list(stored.getParent())) {
            assertThat(left).as("the fetched agenda is not left behind").containsExactly(stored);
        }

        CliRun logged = run("import", "calendar", "--fetch");
        assertThat(logged.exitCode()).as(logged.err()).isZero();
        assertThat(logged.out()).contains("7 contactmomenten gelogd");
        try (TestDatabase t = TestDatabase.in(folder)) {
            assertThat(t.services().moments().list(MomentQuery.all())).hasSize(7);
        }

        Path backup = folder.resolve("backup.json");
        Path moments = folder.resolve("moments.csv");
        assertThat(run("backup", "--out", backup.toString()).exitCode()).isZero();
        assertThat(run("export", "moments", "--out", moments.toString()).exitCode()).isZero();
        for (String text : new String[] {dry.out(), dry.err(), logged.out(), logged.err(), Files.readString(backup),
                Files.readString(moments)}) {
            assertThat(text).doesNotContain(SECRET);
        }
        assertThat(new String(Files.readAllBytes(db), StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
        try (Stream<Path> logs = Files.walk(data)) {
            for (Path file : logs.filter(Files::isRegularFile).filter(f -> !f.equals(stored)).toList()) {
                assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain(SECRET);
            }
        }

        CliRun forget = run("import", "calendar", "--forget-address");
        assertThat(forget.out()).contains("Het privé-agenda-adres is vergeten.");
        assertThat(stored).doesNotExist();
    }

    @Test
    void aWrongAddressSaysWhatWentWrongWithoutRepeatingIt() {
        CliRun gone = run("import", "calendar", "--fetch", "--address", address.replace(SECRET, "revoked.ics"),
                "--dry-run");
        assertThat(gone.exitCode()).isEqualTo(1);
        assertThat(gone.err()).contains("code 404").doesNotContain("revoked");

        CliRun none = run("import", "calendar", "--forget-address");
        assertThat(none.exitCode()).isZero();
        CliRun missing = run("import", "calendar", "--fetch");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("geef het met --address");

        CliRun invalid = run("import", "calendar", "--fetch", "--address", "ftp://example.org/agenda.ics");
        assertThat(invalid.exitCode()).isEqualTo(1);
        assertThat(invalid.err()).contains("is geen agenda-adres").doesNotContain("example.org/agenda");
    }
}
