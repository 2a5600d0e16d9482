package nl.verbinder.ui.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.MomentView;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Logging a contact moment, as a therapist right after a meeting: keyboard only. */
class LogMomentTest extends PartnersTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void logsAMomentWithTheKeyboardOnlyAndShowsItInTheTimeline(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.L);
        assertThat(robot.lookup("#log-dialog").tryQuery()).isPresent();

        typeInDialog(robot, "weter");
        robot.push(KeyCode.ENTER);                 // takes Zwembad De Wetering, on to the date (today)
        robot.push(KeyCode.TAB);                   // on to the kind
        typeInDialog(robot, "t");                          // Telefoon
        robot.push(KeyCode.TAB);                   // on to the summary
        typeInDialog(robot, "Zwemles voor zwangeren besproken; ze willen een proefles.");
        robot.push(KeyCode.TAB);                   // what we offered
        typeInDialog(robot, "Een proefles in januari.");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);

        List<MomentView> timeline = services().moments().timeline(sample.zwembad.id());
        assertThat(timeline).singleElement().satisfies(view -> {
            ContactMoment moment = view.moment();
            assertThat(moment.date()).isEqualTo(TestDatabase.TODAY);
            assertThat(moment.kind()).isEqualTo(ContactKind.PHONE);
            assertThat(moment.summary()).isEqualTo("Zwemles voor zwangeren besproken; ze willen een proefles.");
            assertThat(moment.offered()).isEqualTo("Een proefles in januari.");
        });
        assertThat(robot.lookup("#log-dialog").tryQuery()).isEmpty();
        assertThat(text(robot, "#partner-title")).isEqualTo("Zwembad De Wetering");
        assertThat(visible(robot, "23-11-2026 · Telefoon")).isTrue();
        assertThat(visible(robot, "Zwemles voor zwangeren besproken; ze willen een proefles.")).isTrue();
    }

    @Test
    void fromAPartnersPaneThePartnerIsFilledInAndTheTimelineUpdatesAtOnce(FxRobot robot) {
        clickRow(robot, "Huisartsenpraktijk De Linde");
        robot.push(KeyCode.CONTROL, KeyCode.L);

        assertThat(text(robot, "#log-partner")).isEqualTo("Huisartsenpraktijk De Linde");
        typeInDialog(robot, "v");                          // Video
        robot.push(KeyCode.TAB);
        typeInDialog(robot, "Overleg over de verwijsroute.");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);

        assertThat(services().moments().timeline(sample.linde.id())).hasSize(3)
                .first().satisfies(v -> assertThat(v.moment().kind()).isEqualTo(ContactKind.VIDEO));
        assertThat(tabText(robot, "tab-timeline")).isEqualTo("Tijdlijn (3)");
        assertThat(visible(robot, "23-11-2026 · Video")).isTrue();
        assertThat(table(robot).getItems().stream().filter(r -> r.id() == sample.linde.id()).findFirst().orElseThrow()
                .lastContact()).isEqualTo(TestDatabase.TODAY);
    }

    @Test
    void whoTookPartAndTheGoalServedAreRecorded(FxRobot robot) {
        clickRow(robot, "Huisartsenpraktijk De Linde");
        robot.push(KeyCode.CONTROL, KeyCode.L);
        robot.push(KeyCode.TAB);
        typeInDialog(robot, "Evaluatie valpreventie.");
        robot.clickOn("#log-person-" + sample.marieke.id());
        robot.clickOn("#log-therapist-" + sample.bram.id());
        robot.clickOn("#log-goal-" + sample.goal.id());
        robot.clickOn("#log-save");

        ContactMoment moment = services().moments().timeline(sample.linde.id()).getFirst().moment();
        assertThat(moment.summary()).isEqualTo("Evaluatie valpreventie.");
        assertThat(moment.contactPersonIds()).containsExactly(sample.marieke.id());
        assertThat(moment.therapistIds()).contains(sample.bram.id());
        assertThat(moment.goalIds()).containsExactly(sample.goal.id());
    }

    @Test
    void withoutASummaryTheDialogStaysOpenAndSaysWhat(FxRobot robot) {
        clickRow(robot, "Huisartsenpraktijk De Linde");
        robot.push(KeyCode.CONTROL, KeyCode.L);

        robot.push(KeyCode.CONTROL, KeyCode.ENTER);

        assertThat(robot.lookup("#log-dialog").tryQuery()).isPresent();
        assertThat(visible(robot, "vul dit in")).isTrue();
        assertThat(services().moments().timeline(sample.linde.id())).hasSize(2);
    }

    @Test
    void aFollowUpNeedsItsDueDateAfterTheMoment(FxRobot robot) {
        clickRow(robot, "Huisartsenpraktijk De Linde");
        robot.push(KeyCode.CONTROL, KeyCode.L);
        robot.push(KeyCode.TAB);
        typeInDialog(robot, "Afspraken gemaakt.");
        robot.type(KeyCode.TAB, 3);            // offered, asked, follow-up
        typeInDialog(robot, "Terugbellen");
        robot.type(KeyCode.TAB, 2);            // "Zij doen het", then the due date
        typeInDialog(robot, "01-11-2026");
        robot.push(KeyCode.TAB);

        assertThat(visible(robot, "ligt vóór het contactmoment (23-11-2026)")).isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        assertThat(services().moments().timeline(sample.linde.id())).hasSize(2);
    }

    @Test
    void aDateBefore1970StaysInTheDialogWithTheReasonAtTheField(FxRobot robot) {
        clickRow(robot, "Huisartsenpraktijk De Linde");
        robot.push(KeyCode.CONTROL, KeyCode.L);
        robot.push(KeyCode.TAB);
        typeInDialog(robot, "Afspraken gemaakt.");
        robot.clickOn(inDialog(robot, "#log-date"));
        robot.push(KeyCode.CONTROL, KeyCode.A);
        typeInDialog(robot, "01-01-0001");
        robot.push(KeyCode.TAB);

        robot.push(KeyCode.CONTROL, KeyCode.ENTER);

        assertThat(robot.lookup("#log-dialog").tryQuery()).isPresent();
        assertThat(visible(robot, "01-01-0001 ligt vóór 01-01-1970; klopt het jaartal?")).isTrue();
        assertThat(services().moments().timeline(sample.linde.id())).hasSize(2);
    }

    @Test
    void escapeCancelsWithoutLogging(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.L);
        typeInDialog(robot, "linde");

        robot.push(KeyCode.ESCAPE);            // closes the suggestions
        robot.push(KeyCode.ESCAPE);            // closes the dialog

        assertThat(robot.lookup("#log-dialog").tryQuery()).isEmpty();
        assertThat(services().moments().timeline(sample.linde.id())).hasSize(2);
    }
}
