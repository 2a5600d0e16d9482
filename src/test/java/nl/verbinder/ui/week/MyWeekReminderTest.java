package nl.verbinder.ui.week;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Notification;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.verbinder.ui.FxWait;
import nl.verbinder.ui.SamplePractice;
import nl.verbinder.ui.WindowFixture;
import nl.verbinder.ui.area.Changes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The reminder of "Mijn week": at start a quiet notice in the window says how many of my
 * follow-ups are due today or overdue, with a button that opens the list; once a day, not at
 * every reload; nothing for whoever has not said who they are.
 */
@ExtendWith(ApplicationExtension.class)
class MyWeekReminderTest {

    private static final String REMINDER = "1 vervolgactie van jou is vandaag aan de beurt of te laat.";

    @TempDir
    Path folder;

    private WindowFixture fixture;
    private SamplePractice sample;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage);
        sample = SamplePractice.in(fixture.services());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<Notification> reminders(FxRobot robot) {
        return robot.lookup((Node n) -> n instanceof Notification notice && REMINDER.equals(notice.getMessage()))
                .queryAllAs(Notification.class).stream().toList();
    }

    @Test
    void atStartTheDueFollowUpsAreNamedOnceAndTheNoticeOpensMyWeek(FxRobot robot) {
        fixture.settings().me(sample.anna.id());
        robot.interact(fixture::show);

        FxWait.until("the reminder", () -> reminders(robot).size() == 1);
        Button open = robot.from(reminders(robot).getFirst()).lookup("Mijn week openen").queryAs(Button.class);
        robot.clickOn(open);
        FxWait.until("my week", () -> robot.lookup("#week-list").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        FxWait.until("my week closed", () -> robot.lookup("#week-list").tryQuery().isEmpty());

        Button count = robot.lookup("#my-week").queryAs(Button.class);
        robot.interact(() -> fixture.window().context().changes().announce(Changes.Topic.MOMENTS));
        assertThat(count.getText()).isEqualTo("Mijn week (1)");
        assertThat(reminders(robot)).as("once a day, not at every reload").isEmpty();
    }

    @Test
    void noReminderForWhoeverHasNotSaidWhoTheyAre(FxRobot robot) {
        robot.interact(fixture::show);
        Button count = robot.lookup("#my-week").queryAs(Button.class);
        FxWait.until("the count", () -> "Mijn week (0)".equals(count.getText()));
        assertThat(reminders(robot)).isEmpty();
        assertThat(robot.lookup((Node n) -> n instanceof Notification notice && notice.getMessage() != null
                && notice.getMessage().contains("vervolgactie")).tryQuery()).isEmpty();
    }
}
