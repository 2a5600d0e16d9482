package nl.verbinder.app;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.verbinder.service.Services;
import nl.verbinder.store.postgres.PostgresStore;
import nl.verbinder.testutil.JavaProcess;
import nl.verbinder.testutil.PostgresServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A workstation killed with {@code kill -9} while contact moments wait in its outbox: nothing
 * is lost, and the next start of Verbinder (here the command line) sends them, once, in order.
 * Real processes and a real server of the test's own, which it stops and starts.
 */
class OutboxKillTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path folder;

    private PostgresServer server;
    private JavaProcess child;

    @AfterEach
    void cleanUp() throws Exception {
        if (child != null && child.isAlive()) {
            child.destroy();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void momentsInTheOutboxOfAKilledWorkstationAreSentAtTheNextStart() throws Exception {
        server = PostgresServer.own();
        String jdbc = server.freshVerbinderDatabase();
        String address = jdbc.substring("jdbc:".length());
        long partner;
        try (Services services = servicesOn(jdbc)) {
            partner = services.partners().create(aPartner().named("Huisartsenpraktijk De Linde").build()).id();
        }

        child = JavaProcess.start(folder, OutboxChild.class.getName(), List.of(), this::workstation, address,
                String.valueOf(partner));
        assertThat(child.awaitOutput("ready", PATIENCE)).as(child.stderr()).isTrue();
        server.halt();
        child.send("log");
        assertThat(child.awaitOutput("waiting 3", PATIENCE)).as(child.stdout() + child.stderr()).isTrue();
        child.killHard();
        assertThat(child.isAlive()).isFalse();
        assertThat(outboxFiles()).hasSize(3);

        server.resume();
        JavaProcess next = JavaProcess.start(folder, Main.class.getName(), List.of(), this::workstation,
                "--db", address, "partners");
        assertThat(next.waitFor(PATIENCE)).as(next.stderr()).isZero();

        assertThat(summaries(jdbc)).containsExactly("Gesprek 1", "Gesprek 2", "Gesprek 3");
        assertThat(outboxFiles()).isEmpty();

        JavaProcess again = JavaProcess.start(folder, Main.class.getName(), List.of(), this::workstation,
                "--db", address, "partners");
        assertThat(again.waitFor(PATIENCE)).as(again.stderr()).isZero();
        assertThat(summaries(jdbc)).as("sent once").hasSize(3);
    }

    private void workstation(Map<String, String> env) {
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        env.remove("VERBINDER_LANG");
        env.remove("VERBINDER_DB");
        env.remove(ServerServicesFactory.PASSWORD_FILE);
        env.put("HOME", folder.resolve("home").toString());
        env.put("XDG_DATA_HOME", folder.resolve("data").toString());
    }

    private static Services servicesOn(String jdbc) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbc);
        return Services.over(PostgresStore.open(dataSource, "postgresql://test/kill"), java.time.Clock.systemUTC());
    }

    private List<Path> outboxFiles() throws Exception {
        Path outbox = folder.resolve("data/verbinder/outbox");
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(outbox)) {
            return all.filter(p -> p.getFileName().toString().endsWith(".json")).toList();
        }
    }

    private static List<String> summaries(String jdbc) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT summary FROM contact_moment ORDER BY id")) {
            List<String> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        }
    }
}
