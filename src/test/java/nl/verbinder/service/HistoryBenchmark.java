package nl.verbinder.service;

import nl.verbinder.service.demo.GeneratorService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.history.ChangeQuery;
import nl.verbinder.i18n.Messages;
import nl.verbinder.store.sqlite.SqliteStore;
import nl.verbinder.testutil.TestDatabase;

/**
 * What the change history costs and how fast it reads at scale. Two parts:
 * <ol>
 * <li>Logging a moment and saving a partner, on one file, with the history's triggers and
 * without them (dropped on a copy of the same file): the added cost of recording.</li>
 * <li>A large history (by default 1,000,000 changes with one field each, spread over 10,000
 * partners and two years, put in with SQL): a partner's history (the Geschiedenis tab: the
 * query and the sentences) and the week's changes (Recente wijzigingen), and the history's
 * bytes per change.</li>
 * </ol>
 * Run it as docs/performance.md says ("Change history"); argument: the number of changes.
 */
public final class HistoryBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final int RUNS = Integer.getInteger("runs", 200);
    private static final int WARMUPS = 50;

    public static void main(String[] args) throws Exception {
        long changes = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        if (args.length > 1) {
            // A file to keep: made (large history only) when missing, measured again when present.
            readsOn(Path.of(args[1]), changes);
            return;
        }
        Path folder = Files.createTempDirectory("verbinder-history-benchmark");
        System.out.printf(Locale.ROOT, "Verbinder history benchmark: Java %s, %d cores%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        try {
            writes(folder);
            if (changes > 0) {
                reads(folder, changes);
            }
        } finally {
            try (var files = Files.walk(folder)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void writes(Path folder) throws Exception {
        Path with = folder.resolve("with.db");
        Path without = folder.resolve("without.db");
        Clock clock = TestDatabase.fixedClock(TODAY);
        try (SqliteStore store = SqliteStore.open(with, clock)) {
            Services s = Services.over(store, clock);
            s.generator().generate(new nl.verbinder.service.demo.GeneratorService.Spec(1_000, 10_000, 7, TODAY));
        }
        Files.copy(with, without);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + without); Statement st = c.createStatement()) {
            List<String> triggers = new ArrayList<>();
            try (var rows = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                    + "AND name LIKE 'history%'")) {
                while (rows.next()) {
                    triggers.add(rows.getString(1));
                }
            }
            for (String trigger : triggers) {
                st.execute("DROP TRIGGER " + trigger);
            }
        }
        // Both files open at once, the runs alternating between them, so that a busy moment of the
        // (shared) machine falls on both alike.
        double[][] log = new double[2][RUNS];
        double[][] save = new double[2][RUNS];
        // The measuring thread's CPU time beside the wall clock: on a busy machine the wall clock
        // is mostly waiting (for a core, for the disk's flush at commit); the CPU time is the work.
        double[][] logCpu = new double[2][RUNS];
        double[][] saveCpu = new double[2][RUNS];
        try (SqliteStore a = SqliteStore.open(without, clock); SqliteStore b = SqliteStore.open(with, clock)) {
            Services[] services = {Services.over(a, clock), Services.over(b, clock)};
            long partnerId = 500;
            int[] n = {0};
            for (int i = -WARMUPS; i < RUNS; i++) {
                for (int variant = 0; variant < 2; variant++) {
                    Services s = services[variant];
                    s.history().actAs(1L);
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    s.moments().log(ContactMoment.builder().partnerId(partnerId).date(TODAY).kind(ContactKind.PHONE)
                            .summary("Benchmark: even gebeld").offered("Een folder").build());
                    long t1 = System.nanoTime();
                    long c1 = THREADS.getCurrentThreadCpuTime();
                    Partner p = s.partners().get(partnerId);
                    long c2 = THREADS.getCurrentThreadCpuTime();
                    long t2 = System.nanoTime();
                    s.partners().update(p.toBuilder().notes("Benchmark " + n[0]++).build());
                    long t3 = System.nanoTime();
                    long c3 = THREADS.getCurrentThreadCpuTime();
                    if (i >= 0) {
                        log[variant][i] = (t1 - t0) / 1e6;
                        save[variant][i] = (t3 - t2) / 1e6;
                        logCpu[variant][i] = (c1 - c0) / 1e6;
                        saveCpu[variant][i] = (c3 - c2) / 1e6;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "  %-44s %12s %12s %8s%n", "write (median of " + RUNS + ", ms)", "without",
                "with", "added");
        print("log a contact moment", log);
        print("save a partner (one field changed)", save);
        print("  CPU time: log a contact moment", logCpu);
        print("  CPU time: save a partner", saveCpu);
    }

    private static void print(String what, double[][] variants) {
        double before = median(variants[0]);
        double after = median(variants[1]);
        System.out.printf(Locale.ROOT, "  %-44s %12.3f %12.3f %7.1f%%%n", what, before, after,
                (after - before) / before * 100);
    }

    private static void reads(Path folder, long changes) throws Exception {
        readsOn(folder.resolve("large.db"), changes);
    }

    private static void readsOn(Path file, long changes) throws Exception {
        Clock clock = TestDatabase.fixedClock(TODAY);
        if (!Files.exists(file)) {
            makeLarge(file, changes, clock);
        }
        measureReads(file, clock);
    }

    private static void makeLarge(Path file, long changes, Clock clock) throws Exception {
        try (SqliteStore store = SqliteStore.open(file, clock)) {
            Services s = Services.over(store, clock);
            s.generator().generate(new nl.verbinder.service.demo.GeneratorService.Spec(10_000, 20_000, 7, TODAY));
        }
        long sizeBefore;
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            sizeBefore = pages(st);
            st.execute("BEGIN");
            // Two years of changes, one field each, over the 10,000 partners, by three therapists and nobody.
            st.execute("""
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d)
                    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind,
                                                record_id, label, partner_id)
                    SELECT strftime('%%Y-%%m-%%dT%%H:%%M:%%fZ', '2024-11-24', '+' || (i * 63072000 / %d) || ' seconds'),
                           nullif(i %% 4, 0), CASE i %% 4 WHEN 0 THEN NULL ELSE 'Therapeut ' || (i %% 4) END,
                           lower(hex(randomblob(16))), 'update', 'partner', 1 + i %% 10000, 'Partner ' || (1 + i %% 10000),
                           1 + i %% 10000
                    FROM n
                    """.formatted(changes, changes));
            st.execute("""
                    INSERT INTO history_field (change_id, field, old_value, new_value)
                    SELECT id, 'status', 'active', 'dormant' FROM history_change WHERE label LIKE 'Partner %'
                    """);
            st.execute("COMMIT");
            st.execute("ANALYZE");
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            long sizeAfter = pages(st);
            System.out.printf(Locale.ROOT, "  %,d changes put in with SQL in %.1f s; %.0f bytes per change "
                    + "(a change with one field, with its indexes)%n", changes, (System.nanoTime() - started) / 1e9,
                    (sizeAfter - sizeBefore) / (double) changes);
        }
    }

    private static void measureReads(Path file, Clock clock) throws Exception {
        try (SqliteStore store = SqliteStore.open(file, clock)) {
            Services s = Services.over(store, clock);
            HistoryService history = s.history();
            Messages nl = Messages.dutch();
            int[] turn = {0};
            int[] shown = {0};
            // Warm up the JIT and the code paths first, on other partners than the timed ones, so
            // the first figure does not carry the start-up that the later ones do not.
            for (int i = 0; i < 4 * WARMUPS; i++) {
                long id = 5_000 + i;
                history.readable(history.forPartner(id, null, i % 2 == 0 ? HistoryService.PAGE + 1
                        : HistoryService.LIMIT), nl);
            }
            // The tab as PartnerHistoryViewModel opens it: the newest page and one more (are there older ones?).
            double[] partner = measure(() -> {
                long id = 1 + (turn[0]++ * 37L) % 10_000;
                shown[0] = history.readable(history.forPartner(id, null, HistoryService.PAGE + 1), nl).size();
            });
            double[] partnerCpu = lastCpu;
            // Everything at once, as `history --partner` prints it (the newest LIMIT).
            int[] all = {0};
            double[] partnerAll = measure(() -> {
                long id = 1 + (turn[0]++ * 37L) % 10_000;
                all[0] = history.readable(history.forPartner(id, null), nl).size();
            });
            double[] partnerAllCpu = lastCpu;
            int[] week = {0};
            double[] recent = measure(() -> week[0] = history.readable(history.changes(ChangeQuery.all()
                    .limit(HistoryService.LIMIT).from(history.startOf(TODAY.minusDays(6)))), nl).size());
            double[] recentCpu = lastCpu;
            long[] size = store.transactions().read(() -> store.history().size());
            System.out.printf(Locale.ROOT, "  history: %,d changes, %,d fields%n", size[0], size[1]);
            System.out.printf(Locale.ROOT, "  %-44s %8.2f ms median, %8.2f ms p95 (%d lines); CPU %.2f / %.2f ms%n",
                    "a partner's history (Geschiedenis, a page)", median(partner), p95(partner), shown[0],
                    median(partnerCpu), p95(partnerCpu));
            System.out.printf(Locale.ROOT, "  %-44s %8.2f ms median, %8.2f ms p95 (%d lines); CPU %.2f / %.2f ms%n",
                    "a partner's whole history (history --partner)", median(partnerAll), p95(partnerAll), all[0],
                    median(partnerAllCpu), p95(partnerAllCpu));
            System.out.printf(Locale.ROOT,
                    "  %-44s %8.2f ms median, %8.2f ms p95 (%d lines, the newest %d); CPU %.2f / %.2f ms%n",
                    "the week's changes (Recente wijzigingen)", median(recent), p95(recent), week[0],
                    HistoryService.LIMIT, median(recentCpu), p95(recentCpu));
        }
    }

    private static long pages(Statement st) throws Exception {
        try (var r = st.executeQuery("SELECT page_count * page_size FROM pragma_page_count, pragma_page_size")) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** The CPU time of the measuring thread per run of the last {@link #measure}: what a busy machine does not inflate. */
    private static double[] lastCpu = new double[0];

    private static double[] measure(Runnable work) {
        for (int i = 0; i < WARMUPS; i++) {
            work.run();
        }
        double[] millis = new double[RUNS];
        lastCpu = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
            lastCpu[i] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
        return millis;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double p95(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }
}
