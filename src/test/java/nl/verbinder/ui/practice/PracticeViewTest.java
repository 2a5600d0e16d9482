package nl.verbinder.ui.practice;

import static nl.verbinder.ui.AreasRobot.choose;
import static nl.verbinder.ui.AreasRobot.dialogText;
import static nl.verbinder.ui.AreasRobot.errorUnder;
import static nl.verbinder.ui.AreasRobot.pressInDialog;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.verbinder.domain.PracticeProfile;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.TherapistRole;
import nl.verbinder.ui.AreaTestBase;
import nl.verbinder.ui.WindowFixture;
import nl.verbinder.ui.area.Area;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class PracticeViewTest extends AreaTestBase {

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage);
        fixture.services().therapists().add(Therapist.newTherapist("Sanne Verhoef", TherapistRole.PRACTICE_OWNER,
                "Manuele therapie"));
        fixture.show();
    }

    @Test
    void aBadPostcodeIsRefusedNextToTheFieldUntilItIsFixed(FxRobot robot) {
        robot.clickOn("#area-practice");

        robot.clickOn("#field-name").write("De Beweegbrug");
        robot.clickOn("#field-postcode").write("12");

        assertThat(errorUnder(robot, "postcode")).isEqualTo("'12' is geen Nederlandse postcode (zoals 1234 AB)");
        robot.clickOn("#profile-save");
        assertThat(errorUnder(robot, "postcode")).isEqualTo("'12' is geen Nederlandse postcode (zoals 1234 AB)");
        assertThat(fixture.services().practice().get().name()).isEmpty();

        robot.clickOn("#field-postcode").type(KeyCode.BACK_SPACE, 2).write("3817bm");
        assertThat(errorUnder(robot, "postcode")).isEmpty();
        robot.clickOn("#profile-save");

        PracticeProfile stored = fixture.services().practice().get();
        assertThat(stored.name()).isEqualTo("De Beweegbrug");
        assertThat(stored.postcode()).isEqualTo("3817 BM");
        assertThat(robot.lookup("#field-postcode").queryTextInputControl().getText()).isEqualTo("3817 BM");
        assertThat(robot.lookup("#profile-save").query().getParent().isVisible()).as("the save bar").isFalse();
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst(FxRobot robot) {
        robot.clickOn("#area-practice");
        robot.clickOn("#field-city").write("Amersfoort");

        robot.clickOn("#area-goals");
        pressInDialog(robot, "Verder bewerken");

        assertThat(fixture.window().currentArea()).isEqualTo(Area.PRACTICE);
        assertThat(robot.lookup("#field-city").queryTextInputControl().getText()).isEqualTo("Amersfoort");

        robot.clickOn("#area-goals");
        pressInDialog(robot, "Weggooien");

        assertThat(fixture.window().currentArea()).isEqualTo(Area.GOALS);
        assertThat(fixture.services().practice().get().city()).isNull();
    }

    @Test
    void anEditConflictSaysSoAndOffersToReload(FxRobot robot) {
        robot.clickOn("#area-practice");
        robot.clickOn("#field-name").write("Beweegbrug");
        robot.clickOn("#field-city").write("Leusden");
        PracticeProfile other = fixture.services().practice().get();
        fixture.services().practice().save(new PracticeProfile("De Beweegbrug", null, null, "Amersfoort", null, null,
                null, null, other.updatedAt(), other.version()));

        robot.clickOn("#profile-save");

        assertThat(dialogText(robot)).contains("Tegelijk gewijzigd");
        pressInDialog(robot, "Opnieuw laden");
        assertThat(robot.lookup("#field-city").queryTextInputControl().getText()).isEqualTo("Amersfoort");
        assertThat(robot.lookup("#field-name").queryTextInputControl().getText()).isEqualTo("De Beweegbrug");
        assertThat(fixture.services().practice().get().city()).isEqualTo("Amersfoort");
    }

    @Test
    void aNewTherapistAppearsInTheListWithTheirRole(FxRobot robot) {
        robot.clickOn("#area-practice");

        robot.clickOn("#therapist-new");
        robot.clickOn(inDialog(robot, "#field-name")).write("Daan Kuipers");
        choose(robot, ".dialog-pane #field-role", "Praktijkhouder");
        robot.clickOn(inDialog(robot, "#field-competences")).write("Sport");
        pressInDialog(robot, "Opslaan");

        assertThat(names(robot)).containsExactly("Daan Kuipers", "Sanne Verhoef");
        Therapist daan = therapist("Daan Kuipers");
        assertThat(daan.role()).isEqualTo(TherapistRole.PRACTICE_OWNER);
        assertThat(daan.competences()).isEqualTo("Sport");
        assertThat(daan.active()).isTrue();
    }

    @Test
    void editingATherapistChangesTheListAndTheRecordAndKeepsTheirId(FxRobot robot) {
        long sanne = therapist("Sanne Verhoef").id();
        robot.clickOn("#area-practice");

        robot.doubleClickOn(robot.lookup("#therapists").lookup("Sanne Verhoef").queryAs(Node.class));
        assertThat(this.<javafx.scene.control.TextInputControl>field(robot, "#field-name").getText())
                .isEqualTo("Sanne Verhoef");
        robot.clickOn(inDialog(robot, "#field-name")).push(KeyCode.CONTROL, KeyCode.A).write("Sanne de Wit-Verhoef");
        choose(robot, ".dialog-pane #field-role", "Fysiotherapeut");
        robot.clickOn(inDialog(robot, "#field-competences")).push(KeyCode.END).write(", dry needling");
        pressInDialog(robot, "Opslaan");

        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("the dialog closed").isEmpty();
        assertThat(names(robot)).containsExactly("Sanne de Wit-Verhoef");
        Therapist edited = therapist("Sanne de Wit-Verhoef");
        assertThat(edited.id()).isEqualTo(sanne);
        assertThat(edited.role()).isEqualTo(TherapistRole.THERAPIST);
        assertThat(edited.competences()).isEqualTo("Manuele therapie, dry needling");
        assertThat(edited.active()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> T field(FxRobot robot, String query) {
        return (T) inDialog(robot, query);
    }

    @Test
    void aTherapistWithTheNameOfAnotherIsRefused(FxRobot robot) {
        robot.clickOn("#area-practice");

        robot.clickOn("#therapist-new");
        robot.clickOn(inDialog(robot, "#field-name")).write("sanne verhoef");
        pressInDialog(robot, "Opslaan");

        assertThat(errorUnder(inDialog(robot, "#field-name")))
                .isEqualTo("er is al een therapeut met de naam 'sanne verhoef'");
        assertThat(fixture.services().therapists().list()).hasSize(1);
    }

    @Test
    void aTherapistWhoLeftIsMarkedNoLongerActiveAndKeepsTheirHistory(FxRobot robot) {
        robot.clickOn("#area-practice");

        robot.clickOn("#therapist-toggle");

        assertThat(therapist("Sanne Verhoef").active()).isFalse();
        assertThat(robot.lookup("#therapists").lookup("Niet meer actief").tryQuery()).isPresent();
    }

    private Therapist therapist(String name) {
        return fixture.services().therapists().list().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private static Node inDialog(FxRobot robot, String query) {
        return robot.lookup(".dialog-pane " + query).query();
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(FxRobot robot) {
        ListView<Therapist> list = robot.lookup("#therapists").queryAs(ListView.class);
        return list.getItems().stream().map(Therapist::name).toList();
    }
}
