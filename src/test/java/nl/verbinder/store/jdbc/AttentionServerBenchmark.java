package nl.verbinder.store.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.domain.attention.AttentionFilter;
import nl.verbinder.service.ServerMigration;
import nl.verbinder.service.Services;
import nl.verbinder.service.demo.GeneratorService;
import nl.verbinder.store.postgres.PostgresStore;
import nl.verbinder.store.sqlite.SqliteStore;
import nl.verbinder.testutil.BenchmarkMain;
import nl.verbinder.testutil.PostgresServer;
import nl.verbinder.testutil.TestDatabase;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The attention list and a search keystroke on the file and on the practice server, measured
 * interleaved in one run (file, server, file, server ...), so a machine whose load changes
 * during the run weighs on both alike (docs/performance.md, "The practice server against the
 * file"). Generates a practice into a file (or takes one), copies it onto a throwaway PostgreSQL
 * server (as the tests start it), then times; prints medians and the server/file ratios, and
 * with {@code --explain} the server's plan of the attention facts.
 * Arguments: partners, moments, runs (default 10,000, 1,000,000, 15); {@code --file FILE} for an
 * existing generated file, {@code --server JDBC-URL} for a server database it was already copied
 * to (with {@code migrate-to-server}).
 */
public final class AttentionServerBenchmark {

    private static final List<String> KEYSTROKES = List.of("h", "hu", "hui", "huis", "huisa", "fysio", "sport",
            "gem", "school", "zwem", "de", "van", "oost", "west", "utr");

    public static void main(String[] args) {
        BenchmarkMain.run(args, AttentionServerBenchmark::run);
    }

    private static void run(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean explain = rest.remove("--explain");
        Path file = null;
        int at = rest.indexOf("--file");
        if (at >= 0) {
            file = Path.of(rest.get(at + 1));
            rest.remove(at + 1);
            rest.remove(at);
        }
        String filled = null;
        int on = rest.indexOf("--server");
        if (on >= 0) {
            filled = rest.get(on + 1);
            rest.remove(on + 1);
            rest.remove(on);
        }
        int partners = rest.size() > 0 ? Integer.parseInt(rest.get(0)) : 10_000;
        int moments = rest.size() > 1 ? Integer.parseInt(rest.get(1)) : 1_000_000;
        int runs = rest.size() > 2 ? Integer.parseInt(rest.get(2)) : 15;
        Clock clock = Clock.systemUTC();
        LocalDate day = TestDatabase.TODAY;
        if (file == null) {
            file = Files.createTempDirectory("verbinder-attention-benchmark").resolve("bench.db");
        }
        try (Services local = Services.over(SqliteStore.open(file, clock), clock)) {
            if (local.generator().isEmpty()) {
                long t0 = System.nanoTime();
                local.generator().generate(new GeneratorService.Spec(partners, moments, 42, day));
                System.out.printf(Locale.ROOT, "generated %d partners, %d moments in %.1f s%n", partners, moments,
                        (System.nanoTime() - t0) / 1e9);
            }
            String url = filled != null ? filled : PostgresServer.get().freshVerbinderDatabase();
            try (Services server = workstation(url, clock)) {
                if (filled == null) {
                    long t0 = System.nanoTime();
                    ServerMigration.Result copied = ServerMigration.copy(local.store(), server.store());
                    System.out.printf(Locale.ROOT, "copied %d rows to the server in %.1f s%n", copied.totalRows(),
                            (System.nanoTime() - t0) / 1e9);
                }
                analyze(url);
                System.out.printf(Locale.ROOT, "load average at start: %s%n", loadAverage());
                interleaved("attention list", runs,
                        () -> local.attention().overview(day, AttentionFilter.all()),
                        () -> server.attention().overview(day, AttentionFilter.all()));
                // The list's two largest parts on their own: the partner facts and the retention
                // review behind its privacy hint.
                var window = nl.verbinder.domain.attention.AttentionSettings.defaults().window(day);
                interleaved(" partner facts", runs,
                        () -> local.store().transactions().read(() -> local.store().attention().partnerFacts(window)),
                        () -> server.store().transactions().read(() -> server.store().attention().partnerFacts(window)));
                interleaved(" retention review", runs,
                        () -> local.personalData().retentionReview(day),
                        () -> server.personalData().retentionReview(day));
                int[] keyFile = {0};
                int[] keyServer = {0};
                interleaved("search keystroke", Math.max(runs, KEYSTROKES.size()) * 2,
                        () -> local.partners().list(PartnerQuery.all()
                                .withSearch(KEYSTROKES.get(keyFile[0]++ % KEYSTROKES.size())).withPage(100, 0)),
                        () -> server.partners().list(PartnerQuery.all()
                                .withSearch(KEYSTROKES.get(keyServer[0]++ % KEYSTROKES.size())).withPage(100, 0)));
                System.out.printf(Locale.ROOT, "load average at end: %s%n", loadAverage());
                if (explain) {
                    explain(url, day, clock.getZone());
                }
            }
        }
    }

    /** Two warm-ups each, then the file and the server in turn; prints both medians and the ratio. */
    private static void interleaved(String what, int runs, Supplier<?> file, Supplier<?> server) {
        List<Double> onFile = new ArrayList<>();
        List<Double> onServer = new ArrayList<>();
        for (int i = 0; i < runs + 2; i++) {
            double f = time(file);
            double s = time(server);
            if (i >= 2) {
                onFile.add(f);
                onServer.add(s);
            }
        }
        double fm = median(onFile);
        double sm = median(onServer);
        System.out.printf(Locale.ROOT, "%-18s file median %8.1f ms (p95 %8.1f) | server median %8.1f ms (p95 %8.1f)"
                        + " | server/file %.2f× | n=%d%n", what, fm, p95(onFile), sm, p95(onServer), sm / fm,
                onFile.size());
    }

    private static double time(Supplier<?> work) {
        long t0 = System.nanoTime();
        work.get();
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double p95(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /**
     * VACUUM ANALYZE, as autovacuum does soon after a copy: the planner's statistics, and the
     * visibility map without which an index-only scan (V19's index) still reads the table.
     */
    private static void analyze(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE");
        }
    }

    /** The server's plan of the attention list's partner facts, as EXPLAIN ANALYZE gives it. */
    private static void explain(String url, LocalDate day, java.time.ZoneId zone) throws Exception {
        var window = nl.verbinder.domain.attention.AttentionSettings.defaults().window(day);
        String sql = JdbcAttentionRepository.partnersSql(window, AsOf.end(day, zone));
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            while (r.next()) {
                System.out.println(r.getString(1));
            }
        }
    }

    private static Services workstation(String url, Clock clock) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        return Services.over(PostgresStore.open(dataSource, "postgresql://localhost:5432/verbinder?user=bench", clock),
                clock);
    }
}
