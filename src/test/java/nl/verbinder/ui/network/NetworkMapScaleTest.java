package nl.verbinder.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.insight.MapLabels.Box;
import nl.verbinder.domain.insight.MapLabels.Placed;
import nl.verbinder.domain.insight.MapLabels.Segment;
import nl.verbinder.domain.insight.MapNode;
import nl.verbinder.domain.insight.MapState;
import nl.verbinder.domain.insight.NetworkMap;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.Services;
import nl.verbinder.service.ServicesFactory;
import nl.verbinder.service.demo.GeneratorService;
import nl.verbinder.testutil.TestDatabase;
import nl.verbinder.ui.MainWindow;
import nl.verbinder.ui.area.Area;
import nl.verbinder.ui.area.UiSettings;
import nl.verbinder.ui.fx.SameThreadTaskRunner;
import nl.verbinder.ui.shell.WindowSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The network map as drawn, on the demo practice and on practices of 500 and 5,000 partners,
 * at 1280×800 and a laptop's 1024×640: the geometry of what is on the canvas, measured from the
 * partners' circles and the goals' lines as drawn. No name covers a circle, a line, a ring's or a
 * sector's name, the practice's label or another name; everything written stays on the canvas;
 * the practice's label covers no partner; the rings' names are there; every urgent partner of
 * the demo is named; and a large practice shows counts per sector (no names, no goal lines)
 * until it is filtered or zoomed in.
 *
 * <p>With {@code -Dverbinder.renders=DIR} each map is also written as a PNG to look at.
 */
class NetworkMapScaleTest {

    @TempDir
    static Path folder;

    private static final Map<String, TestDatabase> DATABASES = new LinkedHashMap<>();

    @BeforeAll
    static void databases() throws Exception {
        FxToolkit.registerPrimaryStage();
        TestDatabase demo = TestDatabase.in(Files.createDirectories(folder.resolve("demo")));
        demo.services().demo().fill();
        DATABASES.put("demo", demo);
        for (int size : new int[] {500, 5_000}) {
            TestDatabase large = TestDatabase.in(Files.createDirectories(folder.resolve("p" + size)));
            large.services().generator().generate(new GeneratorService.Spec(size, size, 1, TestDatabase.TODAY));
            DATABASES.put(Integer.toString(size), large);
        }
    }

    @AfterAll
    static void close() {
        DATABASES.values().forEach(TestDatabase::close);
        DATABASES.clear();
    }

    /** The window with Netwerk shown, at this size, over this practice. */
    private record Shown(MainWindow window, Scene scene, NetworkView view) {
        MapCanvas canvas() {
            return view.canvas();
        }
    }

    private static Shown show(String practice, int width, int height, String language) {
        Services services = DATABASES.get(practice).services();
        MainWindow window = new MainWindow(new Stage(), services, Messages.forLanguage(language),
                new WindowSetup(fixed(services), UiSettings.inMemory(), new SameThreadTaskRunner(), Duration.ZERO));
        Scene scene = window.createScene(width, height);
        window.navigator().show(Area.NETWORK);
        laidOut(scene);
        return new Shown(window, scene, (NetworkView) window.view(Area.NETWORK));
    }

    @ParameterizedTest(name = "{0} at {1}x{2} in {3}")
    @CsvSource(textBlock = """
            demo, 1280, 800, nl
            demo, 1024, 640, nl
            demo, 1024, 640, en
            500,  1280, 800, nl
            500,  1024, 640, nl
            5000, 1280, 800, nl
            5000, 1024, 640, en
            """)
    void nothingWrittenOnTheMapCoversAnythingElseOrLeavesTheCanvas(String practice, int width, int height,
                                                                 String language) throws Exception {
        List<String> problems = fx(() -> {
            Shown shown = show(practice, width, height, language);
            render(shown, practice + "-" + width + "x" + height + "-" + language);
            return problems(shown, practice);
        });

        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void theDemoNamesEveryUrgentPartnerAndShowsItsGoals() throws Exception {
        List<String> problems = fx(() -> {
            List<String> found = new ArrayList<>();
            for (int[] size : new int[][] {{1280, 800}, {1024, 640}}) {
                Shown shown = show("demo", size[0], size[1], "nl");
                MapCanvas.Drawing drawing = shown.canvas().drawing();
                NetworkMap map = shown.view().model().mapProperty().get();
                List<Long> named = drawing.labels().stream().map(Placed::id).toList();
                for (MapNode n : map.nodes()) {
                    if (n.state() == MapState.URGENT && !named.contains(n.partnerId())) {
                        found.add(size[0] + "x" + size[1] + ": urgent partner without a name: " + n.name());
                    }
                }
                if (drawing.aggregated()) {
                    found.add("the demo's map shows counts instead of names");
                }
                if (map.links().isEmpty() || drawing.lines().isEmpty()) {
                    found.add("the demo's shared goals are not drawn");
                }

            }
            return found;
        });

        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void aLargePracticeShowsCountsPerSectorUntilFilteredOrZoomed() throws Exception {
        List<String> problems = fx(() -> {
            List<String> found = new ArrayList<>();
            Shown shown = show("5000", 1280, 800, "nl");
            MapCanvas.Drawing drawing = shown.canvas().drawing();
            if (!drawing.aggregated() || drawing.badges().isEmpty() || !drawing.labels().isEmpty()) {
                found.add("5000 partners: not shown as counts per sector: " + drawing);
            }
            if (drawing.hint() == null) {
                found.add("5000 partners: no hint to zoom or filter");
            }
            if (shown.view().model().showGoalsProperty().get() || !drawing.lines().isEmpty()) {
                found.add("5000 partners: the shared goals are drawn by default");
            }
            int sectors = shown.view().model().mapProperty().get().sectors().size();
            if (drawing.badges().size() < sectors / 2) {
                found.add("only " + drawing.badges().size() + " of " + sectors + " sectors show their counts");
            }

            Shown filtered = show("500", 1280, 800, "nl");
            filtered.view().model().categoryProperty().set(Category.GP);
            laidOut(filtered.scene());
            MapCanvas.Drawing one = filtered.canvas().drawing();
            render(filtered, "500-gp-1280x800-nl");
            if (one.aggregated() || one.labels().isEmpty()) {
                found.add("500 partners filtered to GPs: still no names");
            }
            found.addAll(problems(filtered, "500 filtered"));

            MapCanvas canvas = shown.canvas();
            NetworkMap map = shown.view().model().mapProperty().get();
            MapNode urgent = map.nodes().stream().filter(n -> n.state() == MapState.URGENT).findFirst().orElseThrow();
            Point2D at = canvas.pointOf(urgent);
            canvas.zoomAt(12, at.getX(), at.getY());
            MapCanvas.Drawing zoomed = canvas.drawing();
            render(shown, "5000-zoomed-1280x800-nl");
            if (zoomed.aggregated() || zoomed.labels().isEmpty()) {
                found.add("5000 partners zoomed in 12 times: still no names");
            }
            found.addAll(problems(shown, "5000 zoomed"));
            return found;
        });

        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /** What is wrong with the map as drawn now. */
    private static List<String> problems(Shown shown, String where) {
        List<String> found = new ArrayList<>();
        MapCanvas canvas = shown.canvas();
        MapCanvas.Drawing drawing = canvas.drawing();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        NetworkMap map = shown.view().model().mapProperty().get();
        Map<Long, String> names = new LinkedHashMap<>();
        map.nodes().forEach(n -> names.put(n.partnerId(), n.name()));

        // the circles and lines as drawn, measured from the map's nodes, not from the canvas' own bookkeeping
        List<Circle> circles = new ArrayList<>();
        for (MapNode n : map.nodes()) {
            Point2D p = canvas.pointOf(n);
            double r = canvas.radiusOf(n);
            if (p.getX() + r >= 0 && p.getY() + r >= 0 && p.getX() - r <= w && p.getY() - r <= h) {
                circles.add(new Circle(n.name(), p.getX(), p.getY(), r));
            }
        }
        List<Segment> lines = new ArrayList<>();
        if (shown.view().model().showGoalsProperty().get() && !drawing.aggregated()) {
            for (var link : map.links()) {
                Point2D a = canvas.pointOf(map.node(link.fromPartnerId()).orElseThrow());
                Point2D b = canvas.pointOf(map.node(link.toPartnerId()).orElseThrow());
                lines.add(new Segment(a.getX(), a.getY(), b.getX(), b.getY()));
            }
        }
        if (lines.size() != drawing.lines().size()) {
            found.add(where + ": " + lines.size() + " goal lines expected, " + drawing.lines().size() + " drawn");
        }

        Map<String, Box> written = new LinkedHashMap<>();
        drawing.labels().forEach(l -> written.put("name '" + names.get(l.id()) + "'", l.box()));
        List<String> crowdedRings = new ArrayList<>();
        for (int i = 0; i < drawing.rings().size(); i++) {
            written.put("ring name " + (i + 1), drawing.rings().get(i));
            if (drawing.crowded().contains(drawing.rings().get(i))) {
                crowdedRings.add("ring name " + (i + 1));
            }
        }
        // a laptop's map is about 320 pixels high: there the two inner rings may both be full
        int mayBeFull = h >= 400 ? 1 : 2;
        if (!drawing.aggregated() && canvas.zoom() == 1 && crowdedRings.size() > mayBeFull) {
            found.add(where + ": the rings " + crowdedRings + " found no free place for their names");
        }
        for (int i = 0; i < drawing.titles().size(); i++) {
            written.put("sector name " + (i + 1), drawing.titles().get(i));
        }
        for (int i = 0; i < drawing.badges().size(); i++) {
            written.put("sector counts " + (i + 1), drawing.badges().get(i));
        }
        if (drawing.centre() != null) {
            written.put("practice", drawing.centre());
        } else if (canvas.zoom() == 1) {
            found.add(where + ": the practice is not at the centre");
        }
        if (drawing.hint() != null) {
            written.put("hint", drawing.hint());
        }

        if (canvas.zoom() == 1 && drawing.rings().size() != 5) {
            found.add(where + ": " + drawing.rings().size() + " of the 5 ring names written");
        }
        List<String> keys = new ArrayList<>(written.keySet());
        for (int i = 0; i < keys.size(); i++) {
            Box a = written.get(keys.get(i));
            if (a.x() < 0 || a.y() < 0 || a.x() + a.width() > w + 0.5 || a.y() + a.height() > h + 0.5) {
                found.add(where + ": " + keys.get(i) + " runs off the canvas: " + a);
            }
            for (int j = i + 1; j < keys.size(); j++) {
                if (a.hits(written.get(keys.get(j)))) {
                    found.add(where + ": " + keys.get(i) + " overlaps " + keys.get(j));
                }
            }
        }
        for (Map.Entry<String, Box> e : written.entrySet()) {
            boolean partnerName = e.getKey().startsWith("name ");
            // where the whole ring is covered by circles (the month ring of a busy practice) its name
            // is drawn on a background where it covers the fewest; at most one ring may be that full
            boolean mustBeClear = partnerName || e.getKey().equals("practice")
                    || !drawing.aggregated() && !crowdedRings.contains(e.getKey());
            if (!mustBeClear) {
                continue; // over thousands of dots a ring's name is drawn on a halo instead
            }
            for (Circle c : circles) {
                if (covers(e.getValue(), c)) {
                    found.add(where + ": " + e.getKey() + " covers the circle of '" + c.name() + "'");
                }
            }
            if (partnerName) {
                for (Segment line : lines) {
                    if (line.hits(e.getValue())) {
                        found.add(where + ": " + e.getKey() + " lies on a goal line");
                    }
                }
            }
        }
        return found;
    }

    /** A partner's circle as drawn, state rings included. */
    private record Circle(String name, double x, double y, double r) {
    }

    /** Whether the box and the circle share any point. */
    private static boolean covers(Box b, Circle c) {
        double nx = Math.max(b.x(), Math.min(c.x(), b.x() + b.width()));
        double ny = Math.max(b.y(), Math.min(c.y(), b.y() + b.height()));
        return Math.hypot(nx - c.x(), ny - c.y()) < c.r();
    }

    private static void render(Shown shown, String name) {
        String into = System.getProperty("verbinder.renders");
        if (into == null || into.isBlank()) {
            return;
        }
        try {
            Path file = Files.createDirectories(Path.of(into)).resolve("network-" + name + ".png");
            var image = shown.scene().snapshot(null);
            try (OutputStream out = Files.newOutputStream(file)) {
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Scene laidOut(Scene scene) {
        for (int i = 0; i < 3; i++) {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }
        return scene;
    }

    private static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(3, TimeUnit.MINUTES);
    }

    private static ServicesFactory fixed(Services services) {
        return new ServicesFactory() {
            @Override
            public Services open(Path location) {
                throw new IllegalStateException("the test opens no other database");
            }

            @Override
            public Path defaultLocation() {
                return services.location();
            }
        };
    }
}
