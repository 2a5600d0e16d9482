package nl.verbinder.service;

import static nl.verbinder.testutil.ContactMomentBuilder.aMoment;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.verbinder.domain.MomentQuery;
import nl.verbinder.domain.MomentView;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox on its own (on both stores): what waits is kept as files in order, sent in that
 * order each once, and a file that cannot be read is set aside instead of blocking the rest.
 * With the server stopped and started, and killed: OutboxTest and OutboxKillTest in app.
 */
class MomentOutboxTest {

    @TempDir
    Path folder;

    private TestDatabase db;
    private Services services;
    private MomentOutbox outbox;
    private long partner;

    @BeforeEach
    void open() {
        db = TestDatabase.in(folder.resolve("db"));
        services = db.services();
        outbox = MomentOutbox.of(folder.resolve("outbox"), "postgresql://praktijk-server/verbinder?user=anna",
                services.clock());
        partner = services.partners().create(aPartner().named("Fysio Noord").build()).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void keptMomentsAreSentInTheOrderTheyWereLoggedAndOnlyOnce() throws Exception {
        for (String summary : List.of("Eerste", "Tweede", "Derde")) {
            outbox.keep(java.util.UUID.randomUUID().toString(), aMoment().with(partner).about(summary).build());
        }
        assertThat(outbox.waiting()).isEqualTo(3);
        assertThat(files()).hasSize(3).allMatch(f -> f.getFileName().toString().matches("\\d{20}-[0-9a-f-]{36}\\.json"));

        assertThat(outbox.send(services.moments())).isZero();
        assertThat(outbox.send(services.moments())).isZero();

        assertThat(summaries()).containsExactly("Eerste", "Tweede", "Derde");
        assertThat(outbox.waiting()).isZero();
        assertThat(files()).isEmpty();
    }

    @Test
    void aFileLeftBehindAfterItsMomentArrivedIsNotLoggedTwice() throws Exception {
        String id = "0b0c3a52-8d5e-4f0e-9a43-5b3f8e3d2c11";
        outbox.keep(id, aMoment().with(partner).about("Overleg").build());
        // As if the answer to the commit was lost: the moment arrived, the file stayed.
        services.moments().logOnce(aMoment().with(partner).about("Overleg").build(), id);

        outbox.send(services.moments());

        assertThat(summaries()).containsExactly("Overleg");
        assertThat(outbox.waiting()).isZero();
    }

    @Test
    void anUnreadableFileIsSetAsideAndTheRestIsSent() throws Exception {
        outbox.keep(java.util.UUID.randomUUID().toString(), aMoment().with(partner).about("Goed").build());
        Path broken = files().getFirst().resolveSibling("00000000000000000001-"
                + java.util.UUID.randomUUID() + ".json");
        Files.writeString(broken, "{ half");

        outbox.send(services.moments());

        assertThat(summaries()).containsExactly("Goed");
        assertThat(outbox.waiting()).isZero();
        assertThat(outbox.refused()).isEqualTo(1);
    }

    @Test
    void theOutboxOfAnotherServerIsNotSentHere() throws Exception {
        MomentOutbox other = MomentOutbox.of(folder.resolve("outbox"), "postgresql://elders/verbinder?user=anna",
                services.clock());
        other.keep(java.util.UUID.randomUUID().toString(), aMoment().with(partner).about("Voor elders").build());

        outbox.send(services.moments());

        assertThat(summaries()).isEmpty();
        assertThat(other.waiting()).isEqualTo(1);
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> all = Files.walk(folder.resolve("outbox"))) {
            return all.filter(p -> p.toString().endsWith(".json") && !p.getParent().endsWith("refused"))
                    .sorted().toList();
        }
    }

    private List<String> summaries() {
        return services.moments().list(MomentQuery.all()).stream().map(MomentView::moment)
                .sorted(java.util.Comparator.comparing(m -> m.id())).map(m -> m.summary()).toList();
    }
}
