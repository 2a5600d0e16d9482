package nl.verbinder.ui.goals;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.ui.AreaTestBase;
import nl.verbinder.ui.WindowFixture;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class GoalsViewTest extends AreaTestBase {

    private Partner linde;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage);
        linde = fixture.services().partners().create(aPartner().named("Huisartsenpraktijk De Linde").build());
        fixture.services().partners().create(aPartner().named("Sportvereniging Hercules")
                .inCategory(Category.SPORTS_CLUB).build());
        fixture.show();
    }

    @Test
    void aNewGoalShowsUnderItsStatusAndGetsALinkedPartner(FxRobot robot) {
        robot.clickOn("#area-goals");
        assertThat(robot.lookup("Nog geen gemeenschappelijke delers").tryQuery()).isPresent();

        robot.clickOn("Nieuwe gemeenschappelijke deler");
        robot.clickOn("#field-title").write("Artrose");
        robot.clickOn("#field-status").clickOn("Verkennen");
        robot.clickOn("#field-whatWeGoFor").write("Beweeggroep");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        assertThat(cardTitles(robot, GoalStatus.EXPLORING)).containsExactly("Artrose");
        assertThat(robot.lookup("#goal-title").queryAs(Label.class).getText()).isEqualTo("Artrose");
        assertThat(robot.lookup("Beweeggroep").tryQuery()).isPresent();

        robot.clickOn("#goal-link-partner").write("Linde").type(KeyCode.ENTER);

        assertThat(linkedPartners(robot)).containsExactly("Huisartsenpraktijk De Linde");
        assertThat(robot.lookup("#goal-column-exploring").lookup("Huisartsenpraktijk De Linde").tryQuery()).isPresent();
        SharedGoal stored = onlyGoal();
        assertThat(stored.title()).isEqualTo("Artrose");
        assertThat(stored.status()).isEqualTo(GoalStatus.EXPLORING);
        assertThat(stored.whatWeGoFor()).isEqualTo("Beweeggroep");
        assertThat(stored.partnerIds()).containsExactly(linde.id());
    }

    @Test
    void changingTheStatusMovesTheGoalToItsGroup(FxRobot robot) {
        fixture.services().goals().create(SharedGoal.newGoal("Blessurevrij de jeugd door het seizoen", null, null, null,
                null, GoalStatus.IDEA, null, Set.of(linde.id())));
        robot.clickOn("#area-goals");
        assertThat(cardTitles(robot, GoalStatus.IDEA)).containsExactly("Blessurevrij de jeugd door het seizoen");

        robot.clickOn("#goal-status").clickOn("Lopend");

        assertThat(cardTitles(robot, GoalStatus.IDEA)).isEmpty();
        assertThat(cardTitles(robot, GoalStatus.ACTIVE)).containsExactly("Blessurevrij de jeugd door het seizoen");
        assertThat(robot.lookup("#goal-status-active").queryAs(Label.class).getText()).isEqualTo("Lopend  1");
        assertThat(onlyGoal().status()).isEqualTo(GoalStatus.ACTIVE);
        assertThat(onlyGoal().partnerIds()).containsExactly(linde.id());
    }

    @Test
    void unlinkingAPartnerKeepsTheGoal(FxRobot robot) {
        fixture.services().goals().create(SharedGoal.newGoal("Fit zwanger", null, null, null, null, GoalStatus.AGREED,
                null, Set.of(linde.id())));
        robot.clickOn("#area-goals");

        robot.clickOn("#goal-unlink-" + linde.id());

        assertThat(robot.lookup("Nog geen partners gekoppeld. Zoek hieronder een partner om te koppelen.").tryQuery())
                .isPresent();
        assertThat(onlyGoal().partnerIds()).isEmpty();
    }

    @Test
    void deletingAGoalAsksNothingAndTheNoticeBringsItBackWithItsPartners(FxRobot robot) {
        fixture.services().goals().create(SharedGoal.newGoal("Fit zwanger", null, null, null, null, GoalStatus.AGREED,
                null, Set.of(linde.id())));
        robot.clickOn("#area-goals");

        robot.clickOn("#goal-delete");

        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("no question").isEmpty();
        assertThat(fixture.services().goals().list()).isEmpty();
        assertThat(robot.lookup("Nog geen gemeenschappelijke delers").tryQuery()).isPresent();
        assertThat(robot.lookup("Gemeenschappelijke deler \"Fit zwanger\" verwijderd").tryQuery()).isPresent();

        robot.clickOn("Ongedaan maken");

        assertThat(onlyGoal().partnerIds()).containsExactly(linde.id());
        assertThat(cardTitles(robot, GoalStatus.AGREED)).containsExactly("Fit zwanger");
    }

    @Test
    void aDeletedGoalIsInThePrullenbakAndComesBackFromThereWithItsPartners(FxRobot robot) {
        Partner hercules = fixture.services().partners().resolve("Sportvereniging Hercules");
        fixture.services().goals().create(SharedGoal.newGoal("Fit zwanger", null, null, null, null, GoalStatus.AGREED,
                null, Set.of(linde.id(), hercules.id())));
        robot.clickOn("#area-goals");

        robot.clickOn("#goal-delete");

        assertThat(noticeTexts(robot)).contains("Gemeenschappelijke deler \"Fit zwanger\" verwijderd · Ongedaan maken");
        assertThat(fixture.services().goals().list()).isEmpty();
        assertThat(fixture.services().trash().list()).hasSize(1);

        robot.clickOn("#area-trash");
        Node row = robot.lookup("#trash-table").lookup(".table-row-cell")
                .match((Node n) -> robot.from(n).lookup("Fit zwanger").tryQuery().isPresent()).query();
        assertThat(robot.from(row).lookup("Gemeenschappelijke deler").tryQuery()).as("the row's kind").isPresent();
        robot.clickOn(row);
        robot.clickOn("#trash-restore");

        assertThat(robot.lookup("Gemeenschappelijke deler \"Fit zwanger\" is teruggezet.").tryQuery()).isPresent();
        assertThat(fixture.services().trash().list()).isEmpty();
        assertThat(onlyGoal().partnerIds()).containsExactlyInAnyOrder(linde.id(), hercules.id());
        robot.clickOn("#area-goals");
        assertThat(cardTitles(robot, GoalStatus.AGREED)).containsExactly("Fit zwanger");
        robot.clickOn(robot.lookup("#goal-column-agreed").lookup("Fit zwanger").queryAs(Node.class));
        assertThat(linkedPartners(robot)).containsExactlyInAnyOrder("Huisartsenpraktijk De Linde",
                "Sportvereniging Hercules");
    }

    /** Each notice in the corner as a user reads it: its message, and its action after a dot. */
    private static List<String> noticeTexts(FxRobot robot) {
        return robot.lookup(".notifications").queryAs(VBox.class).getChildren().stream()
                .filter(n -> n instanceof atlantafx.base.controls.Notification)
                .map(n -> (atlantafx.base.controls.Notification) n)
                .map(n -> n.getMessage() + n.getPrimaryActions().stream().map(b -> " · " + b.getText())
                        .reduce("", String::concat))
                .toList();
    }

    @Test
    void editingAGoalChangesItsCardAndDetailAndKeepsItsPartners(FxRobot robot) {
        fixture.services().goals().create(SharedGoal.newGoal("Valpreventie", "Veel valincidenten", null, null, null,
                GoalStatus.ACTIVE, null, Set.of(linde.id())));
        robot.clickOn("#area-goals");

        robot.clickOn("#goal-edit");
        assertThat(robot.lookup("#field-title").queryTextInputControl().getText()).isEqualTo("Valpreventie");
        robot.clickOn("#field-title").push(KeyCode.CONTROL, KeyCode.A).write("Valpreventie voor ouderen in Oost");
        robot.clickOn("#field-whatWeGoFor").write("Een beweeggroep per wijk");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        assertThat(robot.lookup("#field-title").tryQuery()).as("the dialog closed").isEmpty();
        assertThat(cardTitles(robot, GoalStatus.ACTIVE)).containsExactly("Valpreventie voor ouderen in Oost");
        assertThat(robot.lookup("#goal-title").queryAs(Label.class).getText())
                .isEqualTo("Valpreventie voor ouderen in Oost");
        assertThat(robot.lookup("Een beweeggroep per wijk").tryQuery()).isPresent();
        SharedGoal stored = onlyGoal();
        assertThat(stored.title()).isEqualTo("Valpreventie voor ouderen in Oost");
        assertThat(stored.whatIsGoingOn()).isEqualTo("Veel valincidenten");
        assertThat(stored.whatWeGoFor()).isEqualTo("Een beweeggroep per wijk");
        assertThat(stored.status()).isEqualTo(GoalStatus.ACTIVE);
        assertThat(stored.partnerIds()).containsExactly(linde.id());
        assertThat(linkedPartners(robot)).containsExactly("Huisartsenpraktijk De Linde");
    }

    @Test
    void aGoalWithoutTitleIsNotSavedAndSaysWhy(FxRobot robot) {
        robot.clickOn("#area-goals");
        robot.clickOn("Nieuwe gemeenschappelijke deler");
        robot.clickOn("#field-whatIsGoingOn").write("Valincidenten");

        robot.clickOn("#dialog-save");

        assertThat(errorUnder(robot, "title")).isEqualTo("vul dit in");
        assertThat(fixture.services().goals().list()).isEmpty();

        robot.clickOn("#field-title").write("Kruiskamp");
        robot.clickOn("#dialog-save");

        assertThat(onlyGoal().whatIsGoingOn()).isEqualTo("Valincidenten");
        assertThat(cardTitles(robot, GoalStatus.IDEA)).containsExactly("Kruiskamp");
    }

    @Test
    void escapeWithUnsavedChangesAsksBeforeDiscarding(FxRobot robot) {
        robot.clickOn("#area-goals");
        robot.clickOn("Nieuwe gemeenschappelijke deler");
        robot.clickOn("#field-title").write("Half");

        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("Niet-opgeslagen wijzigingen").tryQuery()).isPresent();
        robot.clickOn("Verder bewerken");
        assertThat(robot.lookup("#field-title").tryQuery()).isPresent();

        robot.type(KeyCode.ESCAPE);
        robot.clickOn("Weggooien");

        assertThat(robot.lookup("#field-title").tryQuery()).isEmpty();
        assertThat(fixture.services().goals().list()).isEmpty();
    }

    private SharedGoal onlyGoal() {
        List<SharedGoal> goals = fixture.services().goals().list();
        assertThat(goals).hasSize(1);
        return goals.getFirst();
    }

    private static List<String> cardTitles(FxRobot robot, GoalStatus status) {
        VBox column = robot.lookup("#goal-column-" + status.code()).queryAs(VBox.class);
        return column.getChildren().stream()
                .map(card -> ((Labeled) ((VBox) card).getChildren().getFirst()).getText())
                .toList();
    }

    private static List<String> linkedPartners(FxRobot robot) {
        return robot.lookup("#goal-partners").lookup(".hyperlink").queryAllAs(Hyperlink.class).stream()
                .map(Hyperlink::getText).toList();
    }

    static String errorUnder(FxRobot robot, String field) {
        Node control = robot.lookup("#field-" + field).query();
        VBox box = (VBox) control.getParent();
        return ((Label) box.getChildren().get(2)).getText();
    }

}
