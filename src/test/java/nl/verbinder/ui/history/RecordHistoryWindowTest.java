package nl.verbinder.ui.history;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.EnvironmentFactor;
import nl.verbinder.domain.EnvironmentNote;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.SourceKind;
import nl.verbinder.service.HistoryLine;
import nl.verbinder.service.Services;
import nl.verbinder.ui.AreaTestBase;
import nl.verbinder.ui.FxWait;
import nl.verbinder.ui.WindowFixture;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Geschiedenis… of a contact moment, a shared goal and an environment note: the record is
 * edited, and its dialog tells the edit first, above how it was made.
 */
class RecordHistoryWindowTest extends AreaTestBase {

    private EnvironmentNote note;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage);
        Services services = fixture.services();
        Partner linde = services.partners().create(aPartner().named("Huisartsenpraktijk De Linde").build());
        ContactMoment moment = services.moments().log(ContactMoment.builder().partnerId(linde.id())
                .date(LocalDate.of(2026, 11, 2)).kind(ContactKind.PHONE).summary("Verwijzingen besproken").build());
        services.moments().update(moment.toBuilder().summary("Verwijzingen en POH besproken").build());
        services.goals().create(SharedGoal.newGoal("Fit zwanger", null, null, null, null, GoalStatus.IDEA, null,
                java.util.Set.of(linde.id())));
        EnvironmentNote made = services.environment().create(EnvironmentNote.newNote(EnvironmentFactor.POPULATION,
                "Kruiskamp", "Veel ouderen", null, SourceKind.ALLECIJFERS, null, LocalDate.of(2026, 10, 1), null));
        note = services.environment().update(new EnvironmentNote(made.id(), made.factor(), made.area(),
                "Veel ouderen, weinig jongeren", made.body(), made.sourceKind(), made.sourceUrl(), made.observedOn(),
                made.partnerIds(), made.createdAt(), made.updatedAt(), made.version()));
        fixture.show();
    }

    @Test
    void aMomentsHistoryTellsItsEditFirst(FxRobot robot) {
        robot.clickOn("#area-moments");
        robot.clickOn("#moment-history");

        List<String> lines = sentencesShown(robot);
        assertThat(lines.getFirst()).startsWith("Onbekend zette de samenvatting van het contactmoment van 02-11-2026")
                .endsWith("van Verwijzingen besproken op Verwijzingen en POH besproken");
        assertThat(lines.getLast()).startsWith("Onbekend voegde het contactmoment van 02-11-2026");
        robot.clickOn("Sluiten");
    }

    @Test
    void aGoalsHistoryTellsAStatusChangedInTheArea(FxRobot robot) {
        robot.clickOn("#area-goals");
        robot.clickOn("#goal-status").clickOn("Lopend");
        FxWait.until("the status is saved", () -> fixture.services().goals().list().getFirst().status()
                == GoalStatus.ACTIVE);
        robot.clickOn("#goal-history");

        List<String> lines = sentencesShown(robot);
        assertThat(lines.getFirst()).isEqualTo("Onbekend zette de status van doel Fit zwanger van Idee op Lopend");
        assertThat(lines).contains("Onbekend voegde doel Fit zwanger toe");
        robot.clickOn("Sluiten");
    }

    @Test
    void aNotesHistoryTellsItsNewTitle(FxRobot robot) {
        robot.clickOn("#area-environment");
        robot.clickOn("#note-history-" + note.id());

        List<String> lines = sentencesShown(robot);
        assertThat(lines.getFirst()).startsWith("Onbekend zette de titel van omgevingsnotitie")
                .endsWith("van Veel ouderen op Veel ouderen, weinig jongeren");
        assertThat(lines).hasSize(2);
        robot.clickOn("Sluiten");
    }

    @SuppressWarnings("unchecked")
    private static List<String> sentencesShown(FxRobot robot) {
        FxWait.until("the dialog lists the changes", () -> robot.lookup("#record-history").tryQuery().isPresent()
                && !robot.lookup("#record-history").queryAs(ListView.class).getItems().isEmpty());
        ListView<HistoryLine> list = robot.lookup("#record-history").queryAs(ListView.class);
        assertThat(robot.lookup(list.getItems().getFirst().sentence()).tryQuery()).as("the newest is shown").isPresent();
        return list.getItems().stream().map(HistoryLine::sentence).toList();
    }
}
