package nl.verbinder.ui.week;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.verbinder.ui.FxWait;
import nl.verbinder.ui.SamplePractice;
import nl.verbinder.ui.WindowFixture;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.UiSettings;
import nl.verbinder.ui.desktop.RecordingNotifier;
import nl.verbinder.ui.desktop.RecordingNotifier.Shown;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The reminder of "Mijn week" on the desktop, in the real window: off until the check box in
 * Mijn week is ticked (and remembered in the settings file), then one notification with the
 * count at start, not again that day, with no partner, person or follow-up in its text.
 */
@ExtendWith(ApplicationExtension.class)
class MyWeekDesktopReminderTest {

    private static final Shown ONE_DUE = new Shown("Verbinder: Mijn week", "1 vervolgactie voor vandaag of te laat.");

    @TempDir
    Path folder;

    private WindowFixture fixture;
    private SamplePractice sample;
    private final RecordingNotifier desktop = RecordingNotifier.working();

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage);
        sample = SamplePractice.in(fixture.services());
        fixture.settings().me(sample.anna.id());
        fixture.window().useDesktopNotifier(desktop);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void waitForTheInWindowReminder(FxRobot robot) {
        FxWait.until("the reminder in the window", () -> robot.lookup((javafx.scene.Node n) ->
                n instanceof atlantafx.base.controls.Notification notice && notice.getMessage() != null
                        && notice.getMessage().contains("vervolgactie")).tryQuery().isPresent());
    }

    @Test
    void offByDefaultTheDesktopIsNeverToldButTheWindowStillReminds(FxRobot robot) {
        robot.interact(fixture::show);

        waitForTheInWindowReminder(robot);
        assertThat(fixture.settings().desktopReminder()).isFalse();
        assertThat(desktop.shown()).isEmpty();
    }

    @Test
    void optedInOneQuietNotificationAtStartWithTheCountOnlyAndNotTwiceThatDay(FxRobot robot) {
        fixture.settings().desktopReminder(true);
        robot.interact(fixture::show);

        FxWait.until("the desktop notification", () -> desktop.shown().size() == 1);
        assertThat(desktop.shown()).containsExactly(ONE_DUE);
        String said = desktop.shown().getFirst().title() + " " + desktop.shown().getFirst().text();
        assertThat(said).doesNotContain(sample.linde.name(), "Linde", sample.anna.name(), sample.bram.name(),
                sample.marieke.name(), "Flyer");

        robot.interact(() -> fixture.window().context().changes().announce(Changes.Topic.MOMENTS));
        robot.interact(() -> fixture.window().verbs().language("en")); // a new scene, the same day
        robot.interact(() -> fixture.window().context().changes().announce(Changes.Topic.MOMENTS));
        assertThat(desktop.shown()).as("once a day").containsExactly(ONE_DUE);
    }

    @Test
    void theCheckBoxInMyWeekTurnsItOnAndTheSettingsFileKeepsIt(FxRobot robot) {
        robot.interact(fixture::show);
        waitForTheInWindowReminder(robot);
        assertThat(desktop.shown()).isEmpty();

        robot.push(KeyCode.CONTROL, KeyCode.J);
        FxWait.until("my week", () -> robot.lookup("#week-desktop-reminder").tryQuery().isPresent());
        CheckBox box = robot.lookup("#week-desktop-reminder").queryAs(CheckBox.class);
        assertThat(box.isSelected()).isFalse();
        assertThat(box.getText()).isEqualTo("Mijn week ook als bureaubladmelding");
        robot.clickOn(box);

        assertThat(box.isSelected()).isTrue();
        assertThat(UiSettings.load(fixture.settingsFile()).desktopReminder()).as("saved at once").isTrue();
        robot.type(KeyCode.ESCAPE);
        FxWait.until("my week closed", () -> robot.lookup("#week-list").tryQuery().isEmpty());
        // Closing Mijn week counts again: today has not been looked at for the desktop yet.
        FxWait.until("the desktop notification", () -> desktop.shown().size() == 1);
        assertThat(desktop.shown()).containsExactly(ONE_DUE);

        robot.push(KeyCode.CONTROL, KeyCode.J);
        FxWait.until("my week again", () -> robot.lookup("#week-desktop-reminder").tryQuery().isPresent());
        CheckBox again = robot.lookup("#week-desktop-reminder").queryAs(CheckBox.class);
        assertThat(again.isSelected()).isTrue();
        robot.clickOn(again);
        robot.type(KeyCode.ESCAPE);
        assertThat(UiSettings.load(fixture.settingsFile()).desktopReminder()).isFalse();
    }

    @Test
    void theBeeldMenuHoldsTheSameSettingAsTheCheckBox(FxRobot robot) {
        robot.interact(fixture::show);
        waitForTheInWindowReminder(robot);

        robot.clickOn("Beeld");
        FxWait.until("the Beeld menu", () -> robot.lookup("Mijn week ook als bureaubladmelding").tryQuery().isPresent());
        robot.clickOn("Mijn week ook als bureaubladmelding");
        FxWait.until("saved", () -> UiSettings.load(fixture.settingsFile()).desktopReminder());

        robot.push(KeyCode.CONTROL, KeyCode.J);
        FxWait.until("my week", () -> robot.lookup("#week-desktop-reminder").tryQuery().isPresent());
        CheckBox box = robot.lookup("#week-desktop-reminder").queryAs(CheckBox.class);
        assertThat(box.isSelected()).as("the check box shows what the menu chose").isTrue();
        robot.clickOn(box);
        robot.type(KeyCode.ESCAPE);
        FxWait.until("my week closed", () -> robot.lookup("#week-list").tryQuery().isEmpty());
        assertThat(UiSettings.load(fixture.settingsFile()).desktopReminder()).isFalse();

        robot.clickOn("Beeld");
        FxWait.until("the Beeld menu again", () -> robot.lookup("Mijn week ook als bureaubladmelding").tryQuery().isPresent());
        CheckMenuItem item = (CheckMenuItem) robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus()
                .stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-desktop-reminder".equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.isSelected()).as("the menu shows what the check box chose").isFalse();
        robot.type(KeyCode.ESCAPE);
    }
}
