package nl.verbinder.store.postgres;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.verbinder.domain.ConflictException;
import nl.verbinder.domain.Partner;
import nl.verbinder.service.Services;
import nl.verbinder.testutil.PostgresServer;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two workstations (two service stacks, each with its own connections) edit the same three
 * partners 100 times each, at the same moments: every write either lands or is refused as a
 * conflict, and what the server holds at the end is exactly what the landed writes made: no
 * write is lost, none is silently overwritten.
 */
class ConcurrentEditsTest {

    private static final int EDITS = 100;
    private static final int PARTNERS = 3;

    /** One write's outcome: which workstation, which partner, the notes it wrote, and the version it made (0 = conflict). */
    private record Outcome(String who, long partner, String notes, String city, int version) {
    }

    @Test
    void twoTimesAHundredConcurrentEditsOfTheSamePartnersLoseNothing() throws Exception {
        String url = PostgresServer.get().freshVerbinderDatabase();
        try (Services a = stack(url); Services b = stack(url)) {
            List<Long> partners = new ArrayList<>();
            for (int i = 0; i < PARTNERS; i++) {
                partners.add(a.partners().create(aPartner().named("Partner " + i).build()).id());
            }
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                Future<List<Outcome>> fromA = threads.submit(() -> edit("A", a, partners, together));
                Future<List<Outcome>> fromB = threads.submit(() -> edit("B", b, partners, together));
                List<Outcome> all = new ArrayList<>(fromA.get(5, TimeUnit.MINUTES));
                all.addAll(fromB.get(5, TimeUnit.MINUTES));

                assertThat(all).hasSize(2 * EDITS);
                List<Outcome> landed = all.stream().filter(o -> o.version() > 0).toList();
                // Both read the same version before either saves: of each pair exactly one lands.
                assertThat(landed).as("one write of each pair lands").hasSize(EDITS);

                for (long partner : partners) {
                    List<Outcome> mine = landed.stream().filter(o -> o.partner() == partner)
                            .sorted((x, y) -> Integer.compare(x.version(), y.version())).toList();
                    Partner stored = a.partners().get(partner);
                    // Each landed write made the next version: none was based on a version another had replaced.
                    assertThat(mine).extracting(Outcome::version)
                            .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, mine.size()).boxed().toList());
                    assertThat(stored.version()).isEqualTo(mine.size());
                    Outcome last = mine.getLast();
                    assertThat(stored.notes()).isEqualTo(last.notes());
                    assertThat(stored.city()).isEqualTo(last.city());
                    assertThat(notesInHistory(url, partner)).as("the history holds every landed write, in order")
                            .containsExactlyElementsOf(mine.stream().map(Outcome::notes).toList());
                }
                Map<String, Long> perWorkstation = landed.stream()
                        .collect(Collectors.groupingBy(Outcome::who, Collectors.counting()));
                assertThat(perWorkstation.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(landed.size());
            } finally {
                threads.shutdownNow();
            }
        }
    }

    /**
     * One workstation's 100 edits: read a partner, wait until the other has read it too, change
     * two fields and save. Anything but a landed write or a conflict fails the test.
     */
    private static List<Outcome> edit(String who, Services services, List<Long> partners, CyclicBarrier together)
            throws Exception {
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < EDITS; i++) {
            long id = partners.get(i % partners.size());
            Partner read = services.partners().get(id);
            together.await(1, TimeUnit.MINUTES);
            String notes = who + "-" + i;
            String city = who.equals("A") ? "Utrecht " + i : "Zeist " + i;
            try {
                Partner saved = services.partners().update(read.toBuilder().notes(notes).city(city).build());
                outcomes.add(new Outcome(who, id, notes, city, saved.version()));
            } catch (ConflictException conflict) {
                outcomes.add(new Outcome(who, id, notes, city, 0));
            }
        }
        return outcomes;
    }

    private static Services stack(String url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        return Services.over(PostgresStore.open(dataSource, "postgresql://test/concurrent"), Clock.systemUTC());
    }

    /** The notes each recorded update of the partner set, in the order of the history. */
    private static List<String> notesInHistory(String url, long partner) throws Exception {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement s = c.prepareStatement("""
                     SELECT f.new_value FROM history_change h JOIN history_field f ON f.change_id = h.id
                     WHERE h.record_kind = 'partner' AND h.record_id = ? AND h.action = 'update' AND f.field = 'notes'
                     ORDER BY h.id
                     """)) {
            s.setLong(1, partner);
            List<String> values = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(r.getString(1));
                }
            }
            return values;
        }
    }
}
