package nl.verbinder.service;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import nl.verbinder.domain.history.ChangeQuery;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.demo.GeneratorService;
import nl.verbinder.store.postgres.PostgresStore;
import nl.verbinder.store.sqlite.SqliteStore;
import nl.verbinder.testutil.BenchmarkMain;
import nl.verbinder.testutil.PostgresServer;
import nl.verbinder.testutil.TestDatabase;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The change history's reads on the practice server at scale (docs/performance.md, "Change
 * history"): the same practice and the same made-up history as {@link HistoryBenchmark}'s large
 * part (10,000 partners, 20,000 moments, then N changes of one field each over two years, put in
 * with SQL), on a PostgreSQL database, timing a partner's Geschiedenis tab and the week's changes
 * as the app asks for them. The practice is generated into a scratch file and copied onto the
 * server as {@code migrate-to-server} does.
 * Arguments: the number of changes (default 5,000,000); {@code --server JDBC-URL} for a server
 * database this benchmark filled before (measured again, not filled); without it a throwaway
 * server is started as the tests start it.
 */
public final class HistoryServerBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final int RUNS = Integer.getInteger("runs", 200);
    private static final int WARMUPS = 50;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private HistoryServerBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkMain.run(args, HistoryServerBenchmark::run);
    }

    private static void run(String[] args) throws Exception {
        long changes = 5_000_000;
        String url = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--server")) {
                url = args[++i];
            } else {
                changes = Long.parseLong(args[i]);
            }
        }
        Clock clock = TestDatabase.fixedClock(TODAY);
        if (url == null) {
            url = PostgresServer.get().freshVerbinderDatabase();
            fill(url, changes, clock);
        }
        System.out.printf(Locale.ROOT, "Verbinder history on the server: Java %s, %d cores, load %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), loadAverage());
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        try (Services s = Services.over(PostgresStore.open(dataSource, "postgresql://localhost/bench", clock), clock)) {
            measure(s, s.store().transactions().read(() -> s.store().history().size()));
        }
        System.out.printf(Locale.ROOT, "load average at end: %s%n", loadAverage());
    }

    /** The practice made in a scratch file, copied onto the server, then the changes put in with SQL. */
    private static void fill(String url, long changes, Clock clock) throws Exception {
        Path folder = Files.createTempDirectory("verbinder-history-server-benchmark");
        try {
            try (Services local = Services.over(SqliteStore.open(folder.resolve("practice.db"), clock), clock)) {
                local.generator().generate(new GeneratorService.Spec(10_000, 20_000, 7, TODAY));
                PGSimpleDataSource dataSource = new PGSimpleDataSource();
                dataSource.setUrl(url);
                try (PostgresStore server = PostgresStore.open(dataSource, "postgresql://localhost/bench", clock)) {
                    ServerMigration.copy(local.store(), server);
                }
            }
        } finally {
            try (var files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            long sizeBefore = historyBytes(st);
            c.setAutoCommit(false);
            // As HistoryBenchmark: two years of changes, one field each, over the 10,000 partners,
            // by three therapists and nobody.
            st.execute("""
                    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind,
                                                record_id, label, partner_id)
                    SELECT to_char(TIMESTAMP '2024-11-24' + (i * 63072000 / %d) * INTERVAL '1 second',
                                   'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                           nullif(i %% 4, 0), CASE i %% 4 WHEN 0 THEN NULL ELSE 'Therapeut ' || (i %% 4) END,
                           md5(i::text), 'update', 'partner', 1 + i %% 10000, 'Partner ' || (1 + i %% 10000),
                           1 + i %% 10000
                    FROM generate_series(1::bigint, %d) AS i
                    """.formatted(changes, changes));
            st.execute("""
                    INSERT INTO history_field (change_id, field, old_value, new_value)
                    SELECT id, 'status', 'active', 'dormant' FROM history_change WHERE label LIKE 'Partner %'
                    """);
            c.commit();
            c.setAutoCommit(true);
            st.execute("VACUUM ANALYZE history_change");
            st.execute("VACUUM ANALYZE history_field");
            System.out.printf(Locale.ROOT, "  %,d changes put in with SQL in %.1f s; %.0f bytes per change on the "
                            + "server (a change with one field, with its indexes)%n", changes,
                    (System.nanoTime() - started) / 1e9, (historyBytes(st) - sizeBefore) / (double) changes);
        }
    }

    private static long historyBytes(Statement st) throws Exception {
        try (ResultSet r = st.executeQuery("SELECT pg_total_relation_size('history_change')"
                + " + pg_total_relation_size('history_field')")) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private static void measure(Services s, long[] size) {
        HistoryService history = s.history();
        Messages nl = Messages.dutch();
        int[] turn = {0};
        int[] shown = {0};
        for (int i = 0; i < 4 * WARMUPS; i++) {
            history.readable(history.forPartner(5_000 + i, null, HistoryService.PAGE + 1), nl);
        }
        double[][] partner = timed(() -> {
            long id = 1 + (turn[0]++ * 37L) % 10_000;
            shown[0] = history.readable(history.forPartner(id, null, HistoryService.PAGE + 1), nl).size();
        });
        int[] week = {0};
        double[][] recent = timed(() -> week[0] = history.readable(history.changes(ChangeQuery.all()
                .limit(HistoryService.LIMIT).from(history.startOf(TODAY.minusDays(6)))), nl).size());
        System.out.printf(Locale.ROOT, "  history: %,d changes, %,d fields%n", size[0], size[1]);
        print("a partner's history (Geschiedenis, a page)", partner, shown[0]);
        print("the week's changes (Recente wijzigingen)", recent, week[0]);
    }

    private static void print(String what, double[][] wallAndCpu, int lines) {
        System.out.printf(Locale.ROOT, "  %-44s %8.2f ms median, %8.2f ms p95 (%d lines); CPU of this JVM %.2f ms%n",
                what, percentile(wallAndCpu[0], 0.5), percentile(wallAndCpu[0], 0.95), lines,
                percentile(wallAndCpu[1], 0.5));
    }

    /** Wall time and this thread's CPU time per run, after the warm-ups. */
    private static double[][] timed(Runnable work) {
        for (int i = 0; i < WARMUPS; i++) {
            work.run();
        }
        double[] wall = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            work.run();
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        return new double[][] {wall, cpu};
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)];
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
