package nl.verbinder.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.attention.AttentionFilter;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.ServerMigration;
import nl.verbinder.service.Services;
import nl.verbinder.service.demo.GeneratorService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: the speed figures of docs/performance.md on a large practice. Fills an empty
 * database with the generator first; then times the attention list, a search keystroke, the
 * partner table's first page, a timeline and logging a moment (warm-ups, then median and
 * p95), runs the attention list's SQL in the sqlite3 shell for comparison, reports the peak
 * heap, and measures start to first frame in fresh JVMs.
 */
@Command(name = "bench", hidden = true, mixinStandardHelpOptions = true, sortOptions = false)
final class BenchCommand extends ContextCommand {

    private static final Pattern RUN_TIME = Pattern.compile("Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)");
    private static final Pattern FIRST_FRAME = Pattern.compile("first-frame-ms=(\\d+)");
    static final List<String> KEYSTROKES = List.of("h", "hu", "hui", "huis", "d", "di", "die", "diet", "u", "ut",
            "utr", "y", "yi", "yil", "yilmaz", "v", "va", "van d", "sport", "fit");

    @Option(names = "--partners", paramLabel = "N", defaultValue = "10000", descriptionKey = "bench.partners")
    int partners;

    @Option(names = "--moments", paramLabel = "M", defaultValue = "1000000", descriptionKey = "bench.moments")
    int moments;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", descriptionKey = "generate.seed")
    long seed;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", descriptionKey = "bench.today")
    String today;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "30", descriptionKey = "bench.runs")
    int runs;

    @Option(names = "--warmups", paramLabel = "N", defaultValue = "10", descriptionKey = "bench.warmups")
    int warmups;

    @Option(names = "--first-frame", descriptionKey = "bench.first-frame")
    boolean firstFrameOnly;

    @Option(names = "--no-first-frame", descriptionKey = "bench.no-first-frame")
    boolean skipFirstFrame;

    /** The stores the benchmark can measure: the file always, the practice server when asked. */
    enum StoreChoice { sqlite, postgresql }

    @Option(names = "--store", paramLabel = "sqlite|postgresql", defaultValue = "sqlite",
            descriptionKey = "bench.store")
    StoreChoice store;

    @Option(names = "--server", paramLabel = "URL", descriptionKey = "bench.server")
    String server;

    BenchCommand(CliContext context) {
        super(context);
    }

    /** One line of the report. */
    private record Row(String what, Timings timings, double targetMillis) {
    }

    @Override
    public Integer call() {
        if (firstFrameOnly) {
            return firstFrameHere(context);
        }
        Messages m = context.messages();
        LocalDate day = context.today(today);
        List<FieldError> wrong = new ArrayList<>();
        if (runs < 1) {
            wrong.add(FieldError.of("runs", "cli.bench.at-least", 1));
        }
        if (warmups < 0) {
            wrong.add(FieldError.of("warmups", "cli.bench.at-least", 0));
        }
        if (partners < 1) {
            wrong.add(FieldError.of("partners", "cli.bench.at-least", 1));
        }
        if (moments < 0) {
            wrong.add(FieldError.of("moments", "cli.bench.at-least", 0));
        }
        if (store == StoreChoice.postgresql && server == null) {
            wrong.add(FieldError.of("server", "cli.bench.server-needed"));
        }
        if (server != null && !context.factory().isServer(Path.of(server))) {
            wrong.add(FieldError.of("server", "server.migrate.not-a-server", server));
        }
        if (!wrong.isEmpty()) {
            throw new UsageException(wrong);
        }
        Services services = context.services();
        if (services.generator().isEmpty()) {
            long started = System.nanoTime();
            GeneratorService.Summary s = services.generator()
                    .generate(new GeneratorService.Spec(partners, moments, seed, day));
            context.out().println(m.get("cli.bench.generated-counted", m.count("count.partners", s.partners()),
                    m.count("count.moments", s.moments()),
                    (System.nanoTime() - started) / 1e9));
        }
        context.out().println(m.get("cli.bench.machine", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.vendor"),
                Runtime.version().toString(), context.databasePath().toString()));
        context.out().flush();
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

        List<Row> rows = measure(services, day);
        Timings attention = rows.get(0).timings();

        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();

        printRows(rows);
        context.out().println(m.get("cli.bench.heap", peakHeap / (1024 * 1024), 300));
        shellComparison(services, day, attention);
        context.out().flush();
        if (store == StoreChoice.postgresql) {
            onTheServer(services, day, rows);
        }
        if (!skipFirstFrame) {
            firstFrameInFreshJvms(false);
            firstFrameInFreshJvms(true);
        }
        return ExitCodes.DONE;
    }

    /**
     * The five timed rows on one store: the attention list, a search keystroke, the first page,
     * a timeline and logging a moment (the logged moments are removed for good afterwards).
     */
    private List<Row> measure(Services services, LocalDate day) {
        Messages m = context.messages();
        List<Row> rows = new ArrayList<>();
        Timings attention = Timings.measure(warmups, runs,
                () -> services.attention().overview(day, AttentionFilter.all()));
        int listed = services.attention().overview(day, AttentionFilter.all()).total();
        rows.add(new Row(m.get("cli.bench.attention", listed), attention, 150));

        int[] key = {0};
        rows.add(new Row(m.get("cli.bench.search"), Timings.measure(warmups, Math.max(runs, KEYSTROKES.size()), () ->
                services.partners().list(PartnerQuery.all()
                        .withSearch(KEYSTROKES.get(key[0]++ % KEYSTROKES.size())).withPage(100, 0))), 15));

        rows.add(new Row(m.get("cli.bench.first-page"), Timings.measure(warmups, runs,
                () -> services.partners().list(PartnerQuery.all().withPage(100, 0))), 100));

        List<PartnerOverview> sample = services.partners().list(PartnerQuery.all()
                .withStatuses(Set.of(PartnerStatus.ACTIVE)).withPage(20, 0));
        int[] turn = {0};
        long typical = sample.isEmpty() ? 1 : sample.get(sample.size() / 2).id();
        int timelineLength = services.moments().timeline(typical).size();
        rows.add(new Row(m.get("cli.bench.timeline", timelineLength), Timings.measure(warmups, runs,
                () -> services.moments().timeline(sample.get(turn[0]++ % sample.size()).id())), 20));

        List<Long> logged = new ArrayList<>();
        rows.add(new Row(m.get("cli.bench.log"), Timings.measure(warmups, runs, () -> logged.add(
                services.moments().log(ContactMoment.builder().partnerId(typical).date(day).kind(ContactKind.PHONE)
                        .summary("Benchmark: even gebeld").offered("Een folder").build()).id())), 10));
        logged.forEach(id -> services.trash().deleteForGood(services.moments().moveToTrash(id)));

        return rows;
    }

    /**
     * Copies the measured file onto an empty server database ({@code migrate-to-server}, timed)
     * and runs the same rows there, then prints the server's table and its ratio to the file's
     * figures of this same run.
     */
    private void onTheServer(Services file, LocalDate day, List<Row> fileRows) {
        Messages m = context.messages();
        try (Services target = context.factory().open(Path.of(server))) {
            long started = System.nanoTime();
            ServerMigration.Result copied = ServerMigration.copy(file.store(), target.store());
            double seconds = (System.nanoTime() - started) / 1e9;
            context.out().println(m.get("cli.bench.migrated", copied.totalRows(), seconds, 120));
            context.out().flush();
            List<Row> rows = measure(target, day);
            List<Row> targets = new ArrayList<>();
            for (Row row : rows) {
                // The server's own targets: a search keystroke < 25 ms, the rest as on the file.
                targets.add(row == rows.get(1) ? new Row(row.what(), row.timings(), 25) : row);
            }
            context.out().println(m.get("cli.bench.on-server"));
            printRows(targets);
            context.out().println(m.get("cli.bench.server-ratio",
                    ratio(rows.get(0).timings().median(), fileRows.get(0).timings().median()),
                    ratio(rows.get(1).timings().median(), fileRows.get(1).timings().median())));
        }
    }

    private void printRows(List<Row> rows) {
        Messages m = context.messages();
        TextTable table = new TextTable(List.of(m.get("cli.bench.what"), m.get("cli.bench.median"),
                m.get("cli.bench.p95"), m.get("cli.bench.cpu"), m.get("cli.bench.target"), m.get("cli.bench.runs")),
                48, 12, 12, 12, 22, 6);
        for (Row row : rows) {
            boolean met = row.timings().median() < row.targetMillis();
            table.add(List.of(row.what(), ms(row.timings().median()), ms(row.timings().p95()),
                    ms(row.timings().cpuMedian()),
                    "< " + ms(row.targetMillis()) + (met ? "  ok" : "  " + m.get("cli.bench.missed")),
                    String.valueOf(row.timings().runs())));
        }
        table.print(context.out());
    }

    /** Runs the attention list's SQL in the sqlite3 shell, repeated in one process, and prints the ratio. */
    private void shellComparison(Services services, LocalDate day, Timings service) {
        Messages m = context.messages();
        Optional<Path> sqlite3 = onPath("sqlite3");
        if (sqlite3.isEmpty()) {
            context.out().println(m.get("cli.bench.no-sqlite3"));
            return;
        }
        String script = services.attention().partnerFactsScript(day);
        int statements = (int) script.lines().filter(l -> l.strip().endsWith(";")).count();
        StringBuilder all = new StringBuilder("PRAGMA cache_size = -32000;\nPRAGMA temp_store = MEMORY;\n"
                + ".timer on\n.output /dev/null\n");
        for (int i = 0; i < warmups + runs; i++) {
            all.append(script);
        }
        try {
            Path file = Files.createTempFile("verbinder-bench", ".sql");
            try {
                Files.writeString(file, all.toString(), StandardCharsets.UTF_8);
                Process process = new ProcessBuilder(sqlite3.get().toString(), "-readonly",
                        context.databasePath().toString()).redirectInput(file.toFile())
                        .redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                process.waitFor(10, TimeUnit.MINUTES);
                List<Double> times = new ArrayList<>();
                List<Double> cpuTimes = new ArrayList<>();
                Matcher matcher = RUN_TIME.matcher(output);
                while (matcher.find()) {
                    times.add(Double.parseDouble(matcher.group(1)) * 1000);
                    cpuTimes.add((Double.parseDouble(matcher.group(2)) + Double.parseDouble(matcher.group(3))) * 1000);
                }
                if (process.exitValue() != 0 || times.size() != statements * (warmups + runs)) {
                    context.out().println(m.get("cli.bench.sqlite3-failed", output.lines().limit(5).toList().toString()));
                    return;
                }
                double[] perRun = new double[runs];
                double[] cpuPerRun = new double[runs];
                for (int r = 0; r < runs; r++) {
                    for (int s = 0; s < statements; s++) {
                        perRun[r] += times.get((warmups + r) * statements + s);
                        cpuPerRun[r] += cpuTimes.get((warmups + r) * statements + s);
                    }
                }
                Timings shell = Timings.of(perRun, cpuPerRun);
                context.out().println(m.get("cli.bench.sqlite3", version(sqlite3.get()), ms(shell.median()),
                        ms(shell.p95()), ratio(service.median(), shell.median()),
                        ms(shell.cpuMedian()), ratio(service.cpuMedian(), shell.cpuMedian())));
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A ratio with two decimals, or a dash when the shell's time is too small to divide by ("Infinity×"). */
    static String ratio(double ours, double theirs) {
        double ratio = ours / theirs;
        return theirs <= 0 || !Double.isFinite(ratio) ? "—" : String.format(Locale.ROOT, "%.2f", ratio);
    }

    /**
     * Starts this program again in fresh JVMs, each measuring start to first frame: three
     * timed runs, and with {@code classDataSharing} first one untimed run that writes a CDS
     * archive of the loaded classes (what an installer can ship) which the timed runs use.
     */
    private void firstFrameInFreshJvms(boolean classDataSharing) {
        Messages m = context.messages();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<Double> frames = new ArrayList<>();
        Path archive = null;
        List<String> cds = List.of();
        if (classDataSharing) {
            try {
                archive = Files.createTempDirectory("verbinder-cds").resolve("verbinder.jsa");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cds = List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive, "-Xlog:disable");
        }
        for (int i = classDataSharing ? -1 : 0; i < 3; i++) {
            // With the launchers' JVM options (packaging/build, ./verbinder), so the start is the app's.
            List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                    "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
            command.addAll(cds);
            command.addAll(List.of("-Dglass.platform=Headless", "-Dprism.order=sw", "-cp",
                    System.getProperty("java.class.path"),
                    "nl.verbinder.app.Main", "--db", context.databasePath().toString(), "bench", "--first-frame"));
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                process.waitFor(2, TimeUnit.MINUTES);
                Matcher matcher = FIRST_FRAME.matcher(output);
                if (!matcher.find()) {
                    context.out().println(m.get("cli.bench.first-frame-failed", output.lines().limit(5).toList().toString()));
                    return;
                }
                if (i >= 0) {
                    frames.add(Double.parseDouble(matcher.group(1)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        Timings timings = Timings.of(frames.stream().mapToDouble(Double::doubleValue).toArray());
        context.out().println(m.get(classDataSharing ? "cli.bench.first-frame-cds" : "cli.bench.first-frame",
                ms(timings.median()), ms(timings.p95()), 1500));
        if (archive != null) {
            try {
                Files.deleteIfExists(archive);
                Files.deleteIfExists(archive.getParent());
            } catch (IOException e) {
                // A temporary file; the system cleans it up.
            }
        }
    }

    /** In a fresh JVM: start the window, report the time from JVM start to its first frame. */
    static int firstFrameHere(CliContext context) {
        Optional<Duration> frame = context.desktop().firstFrame(context.databasePath(),
                context.messages().language());
        if (frame.isEmpty()) {
            context.err().println(context.messages().get("ui.error.no-display"));
            return ExitCodes.REFUSED;
        }
        context.out().println("first-frame-ms=" + frame.get().toMillis());
        return ExitCodes.DONE;
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String version(Path sqlite3) {
        try {
            Process process = new ProcessBuilder(sqlite3.toString(), "--version").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            process.waitFor(10, TimeUnit.SECONDS);
            return out.split("\\s+")[0];
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.2f ms" : "%.1f ms", millis);
    }
}
