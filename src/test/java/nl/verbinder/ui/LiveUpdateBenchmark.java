package nl.verbinder.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.LiveUpdates;
import nl.verbinder.service.Services;
import nl.verbinder.service.demo.GeneratorService;
import nl.verbinder.store.postgres.PostgresStore;
import nl.verbinder.testutil.BenchmarkMain;
import nl.verbinder.testutil.PostgresServer;
import nl.verbinder.testutil.TestDatabase;
import nl.verbinder.ui.area.UiSettings;
import nl.verbinder.ui.fx.FxTaskRunner;
import nl.verbinder.ui.partners.PartnerRow;
import nl.verbinder.ui.shell.WindowSetup;

/**
 * How long a change on one workstation takes to be visible on another (docs/performance.md,
 * "Live updates"). A throwaway PostgreSQL server (as the tests start it) with a generated
 * practice; workstation A is a service stack, workstation B the real window (headless, with the
 * app's background task runner) on the Partners area, each with its own store and connections.
 * A renames a partner; the time runs from just before A's save until B's partner list holds the
 * new name (the list's rows replaced, before the next frame draws them), and, separately, until
 * B's live-update listener hears of it. Warm-ups first, then the timed changes, one at a time.
 * Arguments: partners, moments, changes (default 10,000, 100,000, 200).
 */
public final class LiveUpdateBenchmark {

    private static final int WARMUPS = 20;

    public static void main(String[] args) {
        BenchmarkMain.run(args, LiveUpdateBenchmark::run);
    }

    private static void run(String[] args) throws Exception {
        int partners = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int moments = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int changes = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        System.out.printf(Locale.ROOT, "Verbinder live-update benchmark: Java %s, %d cores, %d partners, %d moments%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), partners, moments);
        Path folder = Files.createTempDirectory("verbinder-live-benchmark");
        String url = PostgresServer.get().freshVerbinderDatabase();
        Clock clock = Clock.systemUTC();
        Services a = workstation(url, clock, "a");
        long started = System.nanoTime();
        a.generator().generate(new GeneratorService.Spec(partners, moments, 42, TestDatabase.TODAY));
        System.out.printf(Locale.ROOT, "generated in %.1f s%n", (System.nanoTime() - started) / 1e9);
        Services b = workstation(url, clock, "b");
        List<Partner> some = a.partners().list(PartnerQuery.all()).stream().limit(WARMUPS + changes)
                .map(overview -> a.partners().get(overview.id())).toList();

        Platform.startup(() -> { });
        FxTaskRunner tasks = new FxTaskRunner();
        CompletableFuture<TableView<PartnerRow>> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            UiSettings settings = UiSettings.load(folder.resolve(UiSettings.FILE_NAME));
            settings.welcomed(true);
            settings.meAsked(true);
            MainWindow window = new MainWindow(new Stage(), b, Messages.dutch(),
                    new WindowSetup(WindowFixture.factory(folder, clock), settings, tasks, Duration.ZERO));
            window.show();
            @SuppressWarnings("unchecked")
            TableView<PartnerRow> table = (TableView<PartnerRow>) window.view(nl.verbinder.ui.area.Area.PARTNERS)
                    .node().lookup("#partner-table");
            shown.complete(table);
        });
        TableView<PartnerRow> table = shown.get(60, TimeUnit.SECONDS);
        awaitRows(table, partners);

        Watch watch = new Watch();
        Platform.runLater(() -> table.getItems().addListener((ListChangeListener<PartnerRow>) c -> watch.rowsChanged(table)));
        LiveUpdates.Subscription heard = b.live().listen(new LiveUpdates.Listener() {
            @Override
            public void changed(java.util.Set<LiveUpdates.Kind> kinds) {
                watch.heard();
            }

            @Override
            public void connection(boolean up) {
            }
        });
        List<Double> visible = new ArrayList<>();
        List<Double> told = new ArrayList<>();
        for (int i = 0; i < WARMUPS + changes; i++) {
            Partner partner = some.get(i);
            String name = partner.name() + " (" + i + ")";
            Partner renamed = partner.toBuilder().name(name).build();
            var expectation = watch.expect(name);
            long t0 = System.nanoTime();
            a.partners().update(renamed);
            long seen = expectation.visible().get(120, TimeUnit.SECONDS);
            long toldAt = expectation.told().get(120, TimeUnit.SECONDS);
            if (i >= WARMUPS) {
                visible.add((seen - t0) / 1e6);
                told.add((toldAt - t0) / 1e6);
            }
        }
        heard.close();
        // Where B's reload spends its time: the queries the partner list runs on a refresh.
        time("  partner list (all)", () -> b.partners().list(PartnerQuery.all()));
        time("  partner count", () -> b.partners().count(PartnerQuery.all()));
        time("  therapists", () -> b.therapists().list());
        time("  likely duplicates", () -> b.partners().likelyDuplicates());
        System.out.printf(Locale.ROOT, "change -> heard by B's listener: %s%n", summary(told));
        System.out.printf(Locale.ROOT, "change -> in B's partner list:   %s%n", summary(visible));
        tasks.shutdown();
        Platform.exit();
        b.close();
        a.close();
    }

    private static void time(String what, java.util.function.Supplier<?> work) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long t0 = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - t0) / 1e6);
        }
        System.out.printf(Locale.ROOT, "%s: %s%n", what, summary(millis.subList(2, millis.size())));
    }

    private static void awaitRows(TableView<PartnerRow> table, int rows) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < until) {
            CompletableFuture<Integer> size = new CompletableFuture<>();
            Platform.runLater(() -> size.complete(table.getItems().size()));
            try {
                if (size.get(10, TimeUnit.SECONDS) >= rows) {
                    return;
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            Thread.sleep(100); // a benchmark's set-up, not a test: waits for the first list to arrive
        }
        throw new IllegalStateException("the partner list did not load");
    }

    private static String summary(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "n=%d median %.1f ms, p95 %.1f ms, max %.1f ms", sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                sorted.getLast());
    }

    private static Services workstation(String url, Clock clock, String user) {
        org.postgresql.ds.PGSimpleDataSource dataSource = new org.postgresql.ds.PGSimpleDataSource();
        dataSource.setUrl(url);
        return Services.over(PostgresStore.open(dataSource, "postgresql://localhost:5432/verbinder?user=" + user, clock),
                clock);
    }

    /** When B heard of the change, and when its list showed the expected name. */
    private static final class Watch {
        private record Expectation(String name, CompletableFuture<Long> visible, CompletableFuture<Long> told) {
        }

        private volatile Expectation current;

        Expectation expect(String name) {
            Expectation next = new Expectation(name, new CompletableFuture<>(), new CompletableFuture<>());
            current = next;
            return next;
        }

        void heard() {
            Expectation now = current;
            if (now != null) {
                now.told().complete(System.nanoTime());
            }
        }

        void rowsChanged(TableView<PartnerRow> table) {
            Expectation now = current;
            if (now != null && !now.visible().isDone()
                    && table.getItems().stream().anyMatch(r -> r.name().equals(now.name()))) {
                now.visible().complete(System.nanoTime());
            }
        }
    }
}
