package nl.verbinder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import nl.verbinder.ui.area.Area;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a real screen: the GTK platform under Xvfb (see {@code .ci/gtk-check}), not the
 * headless platform the other UI tests use. It opens the demo practice, goes through every area
 * with real mouse clicks, and captures the screen (what X drew, not a scene snapshot): the window
 * must be there, at its size, with something drawn in it, in every area. With
 * {@code -Dverbinder.renders=DIR} the captures are kept as PNGs to look at.
 *
 * <p>Runs only when the platform is GTK ({@code -Dglass.platform=gtk}); the headless build skips it.
 */
@EnabledIfSystemProperty(named = "glass.platform", matches = "(?i)gtk")
class RealWindowTest extends AreaTestBase {

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage);
        fixture.services().demo().fill();
        fixture.show();
    }

    @Test
    void theWindowIsDrawnOnTheScreenInEveryArea(FxRobot robot) throws Exception {
        Stage stage = (Stage) robot.window(0);
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getWidth()).isGreaterThanOrEqualTo(1024);
        assertThat(stage.getHeight()).isGreaterThanOrEqualTo(640);

        for (Area area : Area.values()) {
            robot.clickOn("#area-" + area.code());
            FxWait.laidOut();
            WritableImage screen = WaitForAsyncUtils.asyncFx(() -> capture(stage)).get(30, TimeUnit.SECONDS);
            keep(screen, area.code());
            assertThat(colours(screen)).as("colours drawn in " + area.code()).isGreaterThan(8);
        }
    }

    @Test
    void clickingAColumnHeaderSortsThePartners(FxRobot robot) {
        // The headless robot marks every click as a popup trigger, which table headers ignore;
        // on a real screen the header click itself is tried.
        robot.clickOn("#area-partners");
        javafx.scene.control.TableView<?> table = robot.lookup("#partner-table").queryAs(javafx.scene.control.TableView.class);
        javafx.scene.control.TableColumn<?, ?> name = table.getColumns().getFirst();
        javafx.scene.Node header = robot.from(table).lookup(".column-header").match(
                n -> n instanceof javafx.scene.control.skin.TableColumnHeader h && h.getTableColumn() == name).query();

        robot.clickOn(header);
        assertThat(table.getSortOrder()).as("sorted by the clicked column").hasSize(1);
        assertThat(table.getSortOrder().getFirst()).isSameAs(name);
        var first = name.getSortType();

        robot.clickOn(header);
        assertThat(table.getSortOrder().isEmpty() || name.getSortType() != first)
                .as("a second click turns the order round (or unsorts)").isTrue();
    }

    /** What the screen shows where the window is. */
    private static WritableImage capture(Stage stage) {
        Rectangle2D bounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        return new Robot().getScreenCapture(null, bounds, false);
    }

    /** How many different colours the picture has (a window not drawn is one flat colour). */
    private static int colours(WritableImage image) {
        PixelReader pixels = image.getPixelReader();
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < (int) image.getHeight(); y += 4) {
            for (int x = 0; x < (int) image.getWidth(); x += 4) {
                seen.add(pixels.getArgb(x, y));
            }
        }
        return seen.size();
    }

    private static void keep(WritableImage image, String name) throws java.io.IOException {
        String into = System.getProperty("verbinder.renders");
        if (into == null || into.isBlank()) {
            return;
        }
        Path file = Files.createDirectories(Path.of(into)).resolve("gtk-" + name + ".png");
        try (OutputStream out = Files.newOutputStream(file)) {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
        }
    }
}
