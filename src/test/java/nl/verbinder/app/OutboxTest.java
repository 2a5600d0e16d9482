package nl.verbinder.app;

import static nl.verbinder.testutil.ContactMomentBuilder.aMoment;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.service.MomentOutbox;
import nl.verbinder.service.Services;
import nl.verbinder.store.ServerUnreachableException;
import nl.verbinder.store.postgres.PostgresStore;
import nl.verbinder.testutil.PostgresServer;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A laptop away from the practice: the server stops, moments are logged into the outbox, the
 * server comes back, and each arrives exactly once, in the order logged. On a server of the
 * test's own, which it stops and starts.
 */
class OutboxTest {

    @TempDir
    Path folder;

    private static PostgresServer server;
    private String url;
    private Services services;
    private long partner;

    @BeforeAll
    static void startServer() {
        server = PostgresServer.own();
    }

    @AfterAll
    static void removeServer() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void open() {
        url = server.freshVerbinderDatabase();
        services = servicesOn(url);
        partner = services.partners().create(aPartner().named("Huisartsenpraktijk De Linde").build()).id();
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
        server.resume();
    }

    private Services servicesOn(String jdbcUrl) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl);
        Clock clock = TestDatabase.fixedClock(TestDatabase.TODAY);
        PostgresStore store = PostgresStore.open(dataSource, "postgresql://test/outbox", clock);
        return Services.over(store, clock).withOutbox(MomentOutbox.of(folder.resolve("outbox"), jdbcUrl, clock));
    }

    private ContactMoment moment(String summary) {
        return aMoment().with(partner).about(summary).build();
    }

    @Test
    void threeMomentsLoggedWhileTheServerIsDownArriveOnceInOrderWhenItIsBack() throws Exception {
        server.halt();

        List<MomentOutbox.Logged> logged = new ArrayList<>();
        for (String summary : List.of("Eerste gesprek", "Tweede gesprek", "Derde gesprek")) {
            logged.add(services.logMoment(moment(summary)));
        }

        assertThat(logged).allMatch(MomentOutbox.Logged::isWaiting);
        assertThat(logged).extracting(MomentOutbox.Logged::waiting).containsExactly(1, 2, 3);
        assertThat(services.outbox().waiting()).isEqualTo(3);
        assertThat(outboxFiles()).hasSize(3);
        // Other edits are refused with the message that the server cannot be reached.
        assertThatThrownBy(() -> services.partners().create(aPartner().named("Verloskundige Oost").build()))
                .isInstanceOf(ServerUnreachableException.class);

        server.resume();
        assertThat(services.outbox().send(services.moments())).isZero();
        assertThat(services.outbox().send(services.moments())).isZero();

        assertThat(summariesInOrder()).containsExactly("Eerste gesprek", "Tweede gesprek", "Derde gesprek");
        assertThat(services.outbox().waiting()).isZero();
        assertThat(outboxFiles()).isEmpty();
        assertThat(clientIds()).hasSize(3).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void aMomentLoggedWhenTheServerIsBackGoesAfterTheOnesThatWaited() {
        server.halt();
        services.logMoment(moment("Gelogd onderweg"));

        server.resume();
        MomentOutbox.Logged direct = services.logMoment(moment("Gelogd op de praktijk"));

        assertThat(direct.isWaiting()).isFalse();
        assertThat(direct.stored().summary()).isEqualTo("Gelogd op de praktijk");
        assertThat(summariesInOrder()).containsExactly("Gelogd onderweg", "Gelogd op de praktijk");
    }

    @Test
    void theOutboxOutlivesTheWindowAndIsSentWhenTheServicesOpenAgain() throws Exception {
        server.halt();
        services.logMoment(moment("Voor de herstart"));
        services.close();
        services = null;

        server.resume();
        services = servicesOn(url);

        assertThat(summariesInOrder()).containsExactly("Voor de herstart");
        assertThat(services.outbox().waiting()).isZero();
    }

    @Test
    void aMomentSentTwiceIsLoggedOnce() {
        ContactMoment first = services.moments().logOnce(moment("Telefoontje"), "7f1b2a9e-0000-4000-8000-000000000001");
        ContactMoment again = services.moments().logOnce(moment("Telefoontje"), "7f1b2a9e-0000-4000-8000-000000000001");

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(summariesInOrder()).containsExactly("Telefoontje");
    }

    @Test
    void aMomentWhosePartnerWasDeletedMeanwhileIsSetAsideNotLost() {
        long other = services.partners().create(aPartner().named("Diëtist Zuid").build()).id();
        server.halt();
        services.logMoment(aMoment().with(other).about("Voor de diëtist").build());
        services.logMoment(moment("Voor de huisarts"));

        server.resume();
        services.partners().moveToTrash(other);
        services.outbox().send(services.moments());

        assertThat(summariesInOrder()).containsExactly("Voor de huisarts");
        assertThat(services.outbox().waiting()).isZero();
        assertThat(services.outbox().refused()).isEqualTo(1);
    }

    private List<Path> outboxFiles() throws Exception {
        Path outbox = folder.resolve("outbox");
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(outbox)) {
            return all.filter(p -> p.toString().endsWith(".json") && !p.getParent().endsWith("refused")).toList();
        }
    }

    private List<String> summariesInOrder() {
        return query("SELECT summary FROM contact_moment ORDER BY id");
    }

    private List<String> clientIds() {
        return query("SELECT client_id FROM contact_moment ORDER BY id");
    }

    private List<String> query(String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
