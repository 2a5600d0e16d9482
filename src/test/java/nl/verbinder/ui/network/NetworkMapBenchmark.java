package nl.verbinder.ui.network;

import nl.verbinder.app.SqliteWiring;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import javafx.application.Platform;
import nl.verbinder.domain.attention.AttentionFilter;
import nl.verbinder.domain.insight.MapSector;
import nl.verbinder.domain.insight.NetworkFilter;
import nl.verbinder.domain.insight.NetworkMap;
import nl.verbinder.service.Services;
import nl.verbinder.service.demo.GeneratorService;
import nl.verbinder.store.sqlite.SqliteStore;
import nl.verbinder.testutil.TestDatabase;
import nl.verbinder.ui.fx.Theme;

/**
 * Measures the network map at practice scale: {@code NetworkService.map} (the queries, the
 * attention list as of the day, the layout) and drawing it on a 1000×640 canvas (sectors,
 * rings, links, every circle, the label placement), at 1× and zoomed in 4×. Generates the
 * practice first in a temporary file. Prints one line per measurement: median and p95 of
 * the wall clock after warm-ups.
 *
 * <p>Run it with {@code mvn -B -q -Pnetwork-benchmark test-compile exec:exec} (see docs/performance.md);
 * arguments: partners, moments (default 500 20000 and 10000 1000000).
 */
public final class NetworkMapBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final int WARMUPS = 5;
    private static final int RUNS = 20;

    public static void main(String[] args) throws Exception {
        Platform.startup(() -> { });
        if (args.length >= 2) {
            run(Integer.parseInt(args[0]), Integer.parseInt(args[1]));
        } else {
            run(500, 20_000);
            run(10_000, 1_000_000);
        }
        Platform.exit();
    }

    private static void run(int partners, int moments) throws Exception {
        Path folder = Files.createTempDirectory("verbinder-map-bench");
        Path file = folder.resolve("bench.db");
        try (SqliteStore store = SqliteStore.open(file, TestDatabase.fixedClock(TODAY))) {
            Services services = SqliteWiring.services(store, TestDatabase.fixedClock(TODAY));
            long started = System.nanoTime();
            services.generator().generate(new GeneratorService.Spec(partners, moments, 1, TODAY));
            System.out.printf(Locale.ROOT, "%,d partners, %,d moments generated in %.1f s%n", partners, moments,
                    (System.nanoTime() - started) / 1e9);
            NetworkMap map = services.network().map(TODAY, NetworkFilter.all());
            System.out.printf(Locale.ROOT, "  map: %,d partners drawn, %,d links, %d sectors%n", map.nodes().size(),
                    map.links().size(), map.sectors().size());
            report("NetworkService.map(today, all)", time(() -> services.network().map(TODAY, NetworkFilter.all())));
            report("  of which AttentionService.overview", time(() -> services.attention().overview(TODAY,
                    AttentionFilter.all())));
            report("NetworkService.map(a year ago, all)",
                    time(() -> services.network().map(TODAY.minusYears(1), NetworkFilter.all())));
            MapCanvas canvas = onFx(() -> {
                MapCanvas c = new MapCanvas(texts(), () -> MapPalette.of(Theme.LIGHT));
                c.resize(1000, 640);
                c.layout();
                c.show(map);
                return c;
            });
            report("draw at 1x (" + onFx(() -> canvas.labels().size()) + " names written)",
                    time(() -> onFx(() -> {
                        canvas.draw();
                        return null;
                    })));
            onFx(() -> {
                canvas.zoomAt(4, 500, 320);
                return null;
            });
            report("draw at 4x (" + onFx(() -> canvas.labels().size()) + " names written)",
                    time(() -> onFx(() -> {
                        canvas.draw();
                        return null;
                    })));
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static MapCanvas.Texts texts() {
        return new MapCanvas.Texts() {
            @Override
            public String sector(MapSector sector) {
                return sector.category().code() + " (" + sector.count() + ")";
            }

            @Override
            public String ring(String key) {
                return key;
            }

            @Override
            public String practice(NetworkMap map) {
                return "Fysiotherapie De Brug";
            }

            @Override
            public String hint() {
                return "hint";
            }
        };
    }

    private static <T> T onFx(Supplier<T> work) {
        FutureTask<T> task = new FutureTask<>(work::get);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Double> time(Runnable work) {
        for (int i = 0; i < WARMUPS; i++) {
            work.run();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            work.run();
            millis.add((System.nanoTime() - started) / 1e6);
        }
        Collections.sort(millis);
        return millis;
    }

    private static void report(String what, List<Double> millis) {
        double median = millis.get(millis.size() / 2);
        double p95 = millis.get((int) Math.ceil(millis.size() * 0.95) - 1);
        System.out.printf(Locale.ROOT, "  %-48s median %8.1f ms   p95 %8.1f ms%n", what, median, p95);
    }
}
