package nl.verbinder.ui.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import nl.verbinder.domain.EnvironmentFactor;
import nl.verbinder.domain.EnvironmentNote;
import nl.verbinder.domain.SourceKind;
import nl.verbinder.ui.AreaTestBase;
import nl.verbinder.ui.WindowFixture;
import nl.verbinder.ui.area.Area;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class EnvironmentViewTest extends AreaTestBase {

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage);
        fixture.services().environment().create(EnvironmentNote.newNote(EnvironmentFactor.POPULATION, "Kruiskamp",
                "Veel ouderen", null, SourceKind.ALLECIJFERS, "https://allecijfers.nl/wijk/kruiskamp/",
                LocalDate.of(2026, 10, 1), null));
        fixture.show();
    }

    @Test
    void aNoteOnAMissingFactorTakesAwayItsWarning(FxRobot robot) {
        robot.clickOn("#area-environment");
        assertThat(isMissing(robot, "health")).isTrue();
        assertThat(isMissing(robot, "population")).isFalse();
        assertThat(text(robot, "#coverage-health-count")).isEqualTo("Nog niets vastgelegd");
        assertThat(text(robot, "#environment-missing"))
                .contains("Gezondheid, Zorg- en welzijnsvoorzieningen, Bestaande netwerken");

        robot.clickOn("#note-add-health");
        robot.clickOn("#field-title").write("Overgewicht");
        robot.clickOn("#field-sourceUrl").write("www.ggd.nl/monitor");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        assertThat(isMissing(robot, "health")).isFalse();
        assertThat(text(robot, "#coverage-health-count")).isEqualTo("1 notitie");
        assertThat(text(robot, "#environment-missing")).doesNotContain("Gezondheid")
                .contains("Zorg- en welzijnsvoorzieningen, Bestaande netwerken");
        assertThat(robot.lookup("#factor-health").lookup("Overgewicht").tryQuery()).isPresent();
        assertThat(fixture.services().environment().missingCoreFactors())
                .containsExactly(EnvironmentFactor.CARE_AND_WELFARE, EnvironmentFactor.EXISTING_NETWORKS);
        EnvironmentNote stored = noteTitled("Overgewicht");
        assertThat(stored.factor()).isEqualTo(EnvironmentFactor.HEALTH);
        assertThat(stored.sourceUrl()).isEqualTo("https://www.ggd.nl/monitor");
        assertThat(stored.observedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void aSourceThatIsNoWebAddressIsRefusedNextToTheField(FxRobot robot) {
        robot.clickOn("#area-environment");
        robot.clickOn("#note-new");
        robot.clickOn("#field-title").write("Wijkteam");
        robot.clickOn("#field-sourceUrl").write("de gemeente");

        robot.clickOn("#dialog-save");

        assertThat(errorUnder(robot, "sourceUrl")).isEqualTo("'de gemeente' is geen webadres (zoals www.voorbeeld.nl)");
        assertThat(fixture.services().environment().list()).hasSize(1);
        robot.type(KeyCode.ESCAPE).clickOn("Weggooien");
        assertThat(fixture.services().environment().list()).hasSize(1);
    }

    @Test
    void withoutABrowserTheSourceAddressIsShownToCopy(FxRobot robot) {
        robot.clickOn("#area-environment");

        robot.clickOn("https://allecijfers.nl/wijk/kruiskamp/");

        assertThat(robot.lookup(n -> n instanceof Label l && l.getText() != null
                && l.getText().contains("https://allecijfers.nl/wijk/kruiskamp/")
                && l.getText().startsWith("Er is op deze computer geen browser")).tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("Bron openen").tryQuery()).isEmpty();
    }

    @Test
    void deletingTheLastNoteOfAFactorBringsBackItsWarning(FxRobot robot) {
        // With another factor covered the analysis has begun, so a factor without notes is warned
        // about (an analysis without any note warns about nothing yet).
        fixture.services().environment().create(EnvironmentNote.newNote(EnvironmentFactor.HEALTH, "Kruiskamp",
                "Overgewicht", null, SourceKind.OTHER, null, LocalDate.of(2026, 10, 2), null));
        robot.interact(() -> fixture.window().navigator().show(Area.ENVIRONMENT));
        robot.clickOn("#area-environment");

        robot.clickOn(robot.lookup("#factor-population").lookup(".danger").queryAs(Node.class));

        assertThat(isMissing(robot, "population")).isTrue();
        assertThat(fixture.services().environment().list()).extracting(EnvironmentNote::title)
                .containsExactly("Overgewicht");
    }

    @Test
    void deletingANoteAsksNothingAndTheNoticeUndoesIt(FxRobot robot) {
        robot.clickOn("#area-environment");
        String title = fixture.services().environment().list().getFirst().title();

        robot.clickOn(robot.lookup("#factor-population").lookup(".danger").queryAs(Node.class));
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(robot.lookup("Notitie \"" + title + "\" verwijderd").tryQuery()).isPresent();

        robot.clickOn("Ongedaan maken");

        assertThat(fixture.services().environment().list()).extracting(EnvironmentNote::title).containsExactly(title);
        assertThat(isMissing(robot, "population")).isFalse();
    }

    @Test
    void editingANoteChangesItInTheListAndInTheDatabase(FxRobot robot) {
        robot.clickOn("#area-environment");
        javafx.scene.control.Button edit = robot.lookup("#factor-population").lookup(".button")
                .match((javafx.scene.control.Button b) -> "Notitie bewerken".equals(b.getAccessibleText()))
                .queryButton();

        robot.clickOn(edit);
        robot.clickOn("#field-title").push(KeyCode.CONTROL, KeyCode.A).write("Veel ouderen, weinig jongeren");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("saved and closed").isEmpty();
        assertThat(fixture.services().environment().list()).extracting(EnvironmentNote::title)
                .containsExactly("Veel ouderen, weinig jongeren");
        assertThat(robot.lookup("#factor-population").lookup("Veel ouderen, weinig jongeren").tryQuery()).isPresent();
        assertThat(fixture.settings().recent(fixture.services().location()))
                .as("a recent item of Zoeken in alles")
                .containsExactly("note:" + fixture.services().environment().list().getFirst().id());
    }

    private EnvironmentNote noteTitled(String title) {
        List<EnvironmentNote> notes = fixture.services().environment().list().stream()
                .filter(n -> n.title().equals(title)).toList();
        assertThat(notes).hasSize(1);
        return notes.getFirst();
    }

    private static boolean isMissing(FxRobot robot, String factor) {
        return robot.lookup("#coverage-" + factor).query().getStyleClass().contains("missing");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static String errorUnder(FxRobot robot, String field) {
        VBox box = (VBox) robot.lookup("#field-" + field).query().getParent();
        return ((Label) box.getChildren().get(2)).getText();
    }
}
