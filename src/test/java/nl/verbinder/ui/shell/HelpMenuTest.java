package nl.verbinder.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import nl.verbinder.ui.AreasRobot;
import nl.verbinder.ui.WindowFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class HelpMenuTest {

    @TempDir
    Path folder;

    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage).show();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aboutShowsVersionsWhereTheDataLivesAndTheLicences(FxRobot robot) {
        robot.clickOn("Help").clickOn("#menu-about");

        assertThat(text(robot, "#about-version")).startsWith("0.");
        assertThat(text(robot, "#about-java")).startsWith(String.valueOf(Runtime.version().feature()));
        assertThat(text(robot, "#about-javafx")).matches("\\d+.*");
        assertThat(text(robot, "#about-database")).isEqualTo(fixture.services().location().toAbsolutePath().toString());
        assertThat(text(robot, "#about-data-folder")).isEqualTo(folder.toAbsolutePath().toString());
        assertThat(text(robot, "#about-privacy")).contains("zoekt niet zelf naar updates");
        String licences = robot.lookup("#about-licences").queryAs(TextArea.class).getText();
        assertThat(licences).contains("OpenJFX").contains("SQLite JDBC").contains("DejaVu")
                .contains("Bitstream Vera");

        AreasRobot.pressInDialog(robot, "Sluiten");
        assertThat(robot.lookup("#about-version").tryQuery()).isEmpty();
    }

    @Test
    void openLogFileWithoutALogYetSaysWhereItWillBe(FxRobot robot) {
        robot.clickOn("Help").clickOn("#menu-open-log");

        assertThat(AreasRobot.dialogText(robot)).contains("nog geen logbestand")
                .contains(folder.resolve("logs").resolve("verbinder-0.log").toAbsolutePath().toString());
        AreasRobot.pressInDialog(robot, "Sluiten");
    }

    @Test
    void openLogFileWithNoProgramToOpenItSaysWhereItIs(FxRobot robot) throws Exception {
        Path log = folder.resolve("logs").resolve("verbinder-0.log");
        Files.createDirectories(log.getParent());
        Files.writeString(log, "2026-05-01 INFO started\n");

        robot.clickOn("Help").clickOn("#menu-open-log");

        // Tests run headless: there is no desktop to open it with.
        assertThat(AreasRobot.dialogText(robot)).contains("geen programma gevonden")
                .contains(log.toAbsolutePath().toString());
        AreasRobot.pressInDialog(robot, "Sluiten");
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

}
