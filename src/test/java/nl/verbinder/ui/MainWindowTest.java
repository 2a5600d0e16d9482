package nl.verbinder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import nl.verbinder.ui.area.Area;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class MainWindowTest extends AreaTestBase {

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage).show();
    }

    @Test
    void opensOnPartnersWithTheDatabaseFileInTheStatusBar(FxRobot robot) {
        assertThat(fixture.window().currentArea()).isEqualTo(Area.PARTNERS);
        assertThat(robot.lookup("#area-partners").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#status-database").queryAs(Labeled.class).getText())
                .isEqualTo("Lokaal bestand: verbinder.db");
        robot.moveTo("#status-database"); // the tooltip is made on first hover
        assertThat(robot.lookup("#status-database").queryAs(Labeled.class).getTooltip().getText())
                .isEqualTo(folder.resolve("verbinder.db").toString());
    }

    @Test
    void theSidebarsTooltipIsThereOnceTheMouseComesOverItsButton(FxRobot robot) {
        ToggleButton goals = robot.lookup("#area-goals").queryAs(ToggleButton.class);
        // Made on first hover, not with the window (a tooltip is a popup window of its own); read out at once.
        assertThat(goals.getAccessibleHelp()).isEqualTo(goals.getText() + " (Ctrl+4)");

        robot.moveTo(goals);

        assertThat(goals.getTooltip()).isNotNull();
        assertThat(goals.getTooltip().getText()).isEqualTo(goals.getText() + " (Ctrl+4)");
    }

    @Test
    void sidebarShowsEachAreaWithItsEmptyState(FxRobot robot) {
        robot.clickOn("#area-environment");

        assertThat(fixture.window().currentArea()).isEqualTo(Area.ENVIRONMENT);
        assertThat(robot.lookup("Omgevingsanalyse").queryAll()).hasSizeGreaterThan(1);
        assertThat(robot.lookup(n -> n instanceof Labeled l && l.getText() != null
                && l.getText().startsWith("Begin met de omgevingsanalyse")).tryQuery()).isPresent();
    }

    @Test
    void keyboardShortcutsChooseAreas(FxRobot robot) {
        // the trash is the last area: its digit is the number of areas (0 for the tenth)
        javafx.scene.input.KeyCode digit = javafx.scene.input.KeyCode.getKeyCode(
                String.valueOf(Area.values().length % 10));
        robot.press(javafx.scene.input.KeyCode.CONTROL, digit).release(digit, javafx.scene.input.KeyCode.CONTROL);

        assertThat(fixture.window().currentArea()).isEqualTo(Area.TRASH);
        assertThat(robot.lookup("#area-trash").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void switchingLanguageRebuildsTheWindowAndIsRemembered(FxRobot robot) throws Exception {
        robot.clickOn("#area-goals");
        robot.clickOn("Beeld").clickOn("English");

        assertThat(robot.lookup("#area-goals").queryAs(ToggleButton.class).getText()).isEqualTo("Shared goals");
        assertThat(fixture.window().currentArea()).isEqualTo(Area.GOALS);
        assertThat(robot.lookup("View").tryQuery()).isPresent();
        assertThat(saved().getProperty("language")).isEqualTo("en");
    }

    @Test
    void themeChoiceIsRemembered(FxRobot robot) throws Exception {
        robot.clickOn("Beeld").clickOn("Donker thema");

        assertThat(saved().getProperty("theme")).isEqualTo("dark");
        assertThat(javafx.application.Application.getUserAgentStylesheet()).containsIgnoringCase("primer-dark");
        robot.clickOn("Beeld").clickOn("Licht thema");
        assertThat(saved().getProperty("theme")).isEqualTo("light");
    }

    @Test
    void closingRemembersWhereTheWindowWas(FxRobot robot) throws Exception {
        Stage stage = (Stage) robot.window(0);
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1100);
            stage.setHeight(700);
        });

        robot.interact(() -> fixture.window().verbs().quit());

        Properties saved = saved();
        assertThat(saved.getProperty("window.width")).isEqualTo("1100.0");
        assertThat(saved.getProperty("window.x")).isEqualTo("40.0");
        assertThat(stage.isShowing()).isFalse();
    }

    @Test
    void openingAnotherDatabaseShowsItsFile(FxRobot robot) {
        Path other = folder.resolve("andere-praktijk.db");

        robot.interact(() -> fixture.window().navigator().openDatabase(other));

        assertThat(Files.exists(other)).isTrue();
        assertThat(robot.lookup("#status-database").queryAs(Labeled.class).getText()).endsWith("andere-praktijk.db");
        assertThat(fixture.settings().lastDatabase()).contains(other.toAbsolutePath());
    }

    private Properties saved() throws Exception {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(fixture.settingsFile())) {
            properties.load(in);
        }
        return properties;
    }
}
