package nl.verbinder.ui.networks;

import static nl.verbinder.testutil.NetworkBuilder.aNetwork;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.networks.PracticeNetwork;
import nl.verbinder.ui.AreaTestBase;
import nl.verbinder.ui.FxWait;
import nl.verbinder.ui.WindowFixture;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Netwerkoverleg vastleggen from the Netwerken area: one moment per member present, each tagged with the network. */
class NetworkMeetingViewTest extends AreaTestBase {

    private long linde;
    private long hercules;
    private long zwembad;
    private PracticeNetwork network;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage);
        linde = fixture.services().partners().create(aPartner().named("Huisartsenpraktijk De Linde").build()).id();
        hercules = fixture.services().partners().create(aPartner().named("Sportvereniging Hercules")
                .inCategory(Category.SPORTS_CLUB).build()).id();
        zwembad = fixture.services().partners().create(aPartner().named("Zwembad De Wetering")
                .inCategory(Category.SWIMMING_POOL).build()).id();
        network = fixture.services().practiceNetworks().create(aNetwork().named("Beweegnetwerk Oost")
                .withMember(linde, "verwijzer").withMember(hercules, "beweegaanbod").withMember(zwembad, null).build());
        fixture.show();
    }

    @Test
    void aMeetingIsLoggedWithEachMemberThatWasThere(FxRobot robot) {
        robot.clickOn("#area-networks");
        FxWait.until("the network is shown", () -> robot.lookup("#network-meeting").tryQuery().isPresent());
        robot.clickOn("#network-meeting");
        FxWait.until("the meeting form is open", () -> robot.lookup("#meeting-form").tryQuery().isPresent());
        robot.targetWindow(robot.lookup("#meeting-form").query().getScene().getWindow());

        robot.clickOn("#meeting-partner-" + zwembad);
        robot.clickOn("#meeting-summary").write("Kwartaaloverleg: beweegroute voor 65+");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        FxWait.until("two moments are tagged", () -> services().practiceNetworks().taggedMoments(network.id())
                .size() == 2);
        assertThat(services().moments().countForPartner(linde)).isEqualTo(1);
        assertThat(services().moments().countForPartner(hercules)).isEqualTo(1);
        assertThat(services().moments().countForPartner(zwembad)).as("not ticked: not there").isZero();
        assertThat(services().moments().timeline(linde).getFirst().moment().summary())
                .isEqualTo("Kwartaaloverleg: beweegroute voor 65+");
    }
}
