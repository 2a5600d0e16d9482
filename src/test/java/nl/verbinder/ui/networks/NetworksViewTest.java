package nl.verbinder.ui.networks;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.networks.MaturityDimension;
import nl.verbinder.domain.networks.NetworkReview;
import nl.verbinder.domain.networks.NetworkTip;
import nl.verbinder.domain.networks.PracticeNetwork;
import nl.verbinder.domain.networks.ReviewDecision;
import nl.verbinder.ui.AreaTestBase;
import nl.verbinder.ui.FxWait;
import nl.verbinder.ui.WindowFixture;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Netwerken in the real window: create a network, add members, review it with the keyboard, see the radar change. */
class NetworksViewTest extends AreaTestBase {

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage);
        fixture.services().partners().create(aPartner().named("Huisartsenpraktijk De Linde").build());
        fixture.services().partners().create(aPartner().named("Sportvereniging Hercules")
                .inCategory(Category.SPORTS_CLUB).build());
        fixture.show();
    }

    private static void ctrlEnter(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
    }

    private static void tab(FxRobot robot, int times) {
        for (int i = 0; i < times; i++) {
            robot.type(KeyCode.TAB);
        }
    }

    /** Keys go to the window that has focus: the dialog, not the main window clicked before. */
    private static void typeIntoTheDialog(FxRobot robot) {
        robot.targetWindow(robot.lookup("#review-form").query().getScene().getWindow());
    }

    private RadarData radar(FxRobot robot) {
        return robot.lookup("#network-radar").queryAs(RadarChart.class).dataProperty().get();
    }

    private PracticeNetwork onlyNetwork() {
        List<PracticeNetwork> all = services().practiceNetworks().overview().stream().map(r -> r.network()).toList();
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    @Test
    void createANetworkAddMembersReviewItWithTheKeyboardAndSeeTheRadarChange(FxRobot robot) {
        robot.clickOn("#area-networks");
        assertThat(robot.lookup("Nog geen netwerken").tryQuery()).isPresent();

        robot.clickOn("#network-new");
        robot.clickOn("#field-name").write("Valpreventie Oost");
        ctrlEnter(robot);
        FxWait.until("the network is stored", () -> services().practiceNetworks().overview().size() == 1);
        FxWait.until("the network is shown", () -> robot.lookup("#network-title").tryQuery().isPresent());
        assertThat(robot.lookup("#network-title").queryAs(Label.class).getText()).isEqualTo("Valpreventie Oost");

        robot.clickOn("#network-member-role").write("verwijzer");
        robot.clickOn("#network-add-member").write("Linde").type(KeyCode.ENTER);
        FxWait.until("the member is listed", () -> robot.lookup("Huisartsenpraktijk De Linde").tryQuery().isPresent());
        robot.clickOn("#network-add-member").write("Hercules").type(KeyCode.ENTER);
        FxWait.until("both are members", () -> onlyNetwork().members().size() == 2);
        assertThat(onlyNetwork().members()).extracting(m -> m.partnerName() + "/" + m.role()).containsExactly(
                "Huisartsenpraktijk De Linde/verwijzer", "Sportvereniging Hercules/null");

        // The first review, keyboard only: a digit, Tab, a reason, Tab, for each of the six dimensions.
        robot.clickOn("#network-review");
        FxWait.until("the form has focus", () -> robot.lookup("#review-score-shared-purpose").query().isFocused());
        typeIntoTheDialog(robot);
        for (int score : new int[] {2, 2, 3, 2, 1, 2}) {
            robot.write(String.valueOf(score));
            tab(robot, 2);
        }
        robot.write("3");           // trust
        tab(robot, 1);
        tab(robot, 1);              // participants: the two members, as filled in
        robot.write("3");           // consensus
        tab(robot, 1);
        robot.write("2");           // competence need
        tab(robot, 1);
        robot.type(KeyCode.SPACE);  // tip 1: room to meet, yes
        ctrlEnter(robot);
        FxWait.until("the radar shows the review", () -> radar(robot).latest().size() == 6);
        assertThat(radar(robot).latest()).containsExactly(2, 2, 3, 2, 1, 2);
        assertThat(radar(robot).ghost()).isEmpty();

        // The second review starts from the first: only what changed is typed.
        robot.clickOn("#network-review");
        FxWait.until("the form has focus", () -> robot.lookup("#review-score-shared-purpose").query().isFocused());
        typeIntoTheDialog(robot);
        tab(robot, 8);              // to strong ties
        robot.write("3");
        tab(robot, 1);
        robot.write("Vaste koffie na het overleg");
        ctrlEnter(robot);
        FxWait.until("the radar changed", () -> radar(robot).ghost().size() == 6);

        assertThat(radar(robot).latest()).containsExactly(2, 2, 3, 2, 3, 2);
        assertThat(radar(robot).ghost()).containsExactly(2, 2, 3, 2, 1, 2);
        assertThat(robot.lookup("1 → 3").tryQuery()).isPresent();
        List<NetworkReview> reviews = services().practiceNetworks().reviews(onlyNetwork().id());
        assertThat(reviews).hasSize(2);
        NetworkReview latest = reviews.getLast();
        assertThat(latest.reason(MaturityDimension.STRONG_TIES)).isEqualTo("Vaste koffie na het overleg");
        assertThat(latest.factors().participants()).isEqualTo(2);
        assertThat(latest.tipsFollowed()).containsExactly(NetworkTip.ROOM_TO_MEET);
        assertThat(latest.decision()).isEqualTo(ReviewDecision.MAINTAIN);
        assertThat(robot.lookup("#networks-table").tryQuery()).isPresent();
    }
}
