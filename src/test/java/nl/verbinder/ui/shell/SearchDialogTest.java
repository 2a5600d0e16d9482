package nl.verbinder.ui.shell;

import static nl.verbinder.testutil.ContactMomentBuilder.aMoment;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.SharedGoalBuilder.aGoal;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.verbinder.domain.search.SearchHit;
import nl.verbinder.domain.search.SearchKind;
import nl.verbinder.testutil.TestDatabase;
import nl.verbinder.ui.AreaTestBase;
import nl.verbinder.ui.FxWait;
import nl.verbinder.ui.WindowFixture;
import nl.verbinder.ui.area.Area;
import nl.verbinder.ui.partners.PartnersView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Ctrl+K from any area: type, see what holds the words, Enter opens it where it lives. */
class SearchDialogTest extends AreaTestBase {

    private long linde;
    private long goal;
    private long wetering;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage);
        var s = fixture.services();
        linde = s.partners().create(aPartner().named("Huisartsenpraktijk De Linde").build()).id();
        wetering = s.partners().create(aPartner().named("Zwembad De Wetering").build()).id();
        s.moments().log(aMoment().with(linde).on(TestDatabase.TODAY.minusDays(5)).about("Overleg POH")
                .offering("Beweegprogramma voor mensen met COPD").build());
        goal = s.goals().create(aGoal().titled("Valpreventie in de wijk").build()).id();
        fixture.show();
    }

    @Test
    void ctrlKFromAnyAreaFindsTheTextOfAMomentAndEnterOpensItsPartner(FxRobot robot) {
        robot.clickOn("#area-network");

        robot.push(KeyCode.CONTROL, KeyCode.K);
        // the headless platform gives the new dialog's window no keyboard focus of its own: a click does
        robot.clickOn("#search-field").write("copd");

        assertThat(hits(robot)).extracting(SearchHit::kind, SearchHit::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SearchKind.MOMENT, "Huisartsenpraktijk De Linde"));
        robot.type(KeyCode.ENTER);

        assertThat(robot.lookup("#search-field").tryQuery()).as("the dialog closed").isEmpty();
        assertThat(fixture.window().currentArea()).isEqualTo(Area.PARTNERS);
        assertThat(((PartnersView) fixture.window().view(Area.PARTNERS)).shownPartnerId()).contains(linde);
    }

    @Test
    void aGoalFoundOpensInItsAreaAndNothingFoundSaysSo(FxRobot robot) {
        robot.clickOn("Beeld").clickOn("#menu-search");
        robot.clickOn("#search-field").write("geen-enkel-woord");

        assertThat(hits(robot)).isEmpty();
        assertThat(robot.lookup("Niets gevonden met deze woorden.").tryQuery()).isPresent();

        robot.doubleClickOn("#search-field").eraseText(20).write("valpreventie");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

        assertThat(fixture.window().currentArea()).isEqualTo(Area.GOALS);
        var goals = (nl.verbinder.ui.goals.GoalsView) fixture.window().view(Area.GOALS);
        assertThat(goals.selectedGoalId()).contains(goal);
    }

    @Test
    void anEmptyFieldShowsWhatWasOpenedLastHereAndInTheAreasTheNewestFirst(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.K);
        assertThat(hits(robot)).as("nothing opened yet").isEmpty();
        assertThat(robot.lookup("#search-recent").queryLabeled().isVisible()).isFalse();
        robot.push(KeyCode.ESCAPE);

        robot.clickOn("#area-partners").clickOn("Zwembad De Wetering");
        FxWait.until("the partner is open", () -> ((PartnersView) fixture.window().view(Area.PARTNERS))
                .shownPartnerId().equals(java.util.Optional.of(wetering)));
        robot.push(KeyCode.CONTROL, KeyCode.K);
        robot.clickOn("#search-field").write("valpreventie");
        robot.type(KeyCode.ENTER);
        assertThat(fixture.window().currentArea()).isEqualTo(Area.GOALS);

        robot.push(KeyCode.CONTROL, KeyCode.K);
        FxWait.until("the recent items are shown", () -> hits(robot).size() == 2);
        assertThat(hits(robot)).extracting(SearchHit::kind, SearchHit::id).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SearchKind.GOAL, goal),
                org.assertj.core.groups.Tuple.tuple(SearchKind.PARTNER, wetering));
        assertThat(robot.lookup("#search-recent").queryLabeled().getText()).isEqualTo("Laatst geopend");
        assertThat(robot.lookup("#search-recent").queryLabeled().isVisible()).isTrue();

        robot.clickOn("#search-field").write("linde");
        assertThat(hits(robot)).extracting(SearchHit::id).containsExactly(linde);
        assertThat(robot.lookup("#search-recent").queryLabeled().isVisible()).isFalse();
        robot.eraseText(5);
        FxWait.until("the recent items are back", () -> hits(robot).size() == 2);

        robot.type(KeyCode.ENTER);
        assertThat(fixture.window().currentArea()).as("Enter opens the newest").isEqualTo(Area.GOALS);
        assertThat(fixture.settings().recent(fixture.services().location()))
                .as("kept in this computer's settings").containsExactly("goal:" + goal, "partner:" + wetering);
    }

    @SuppressWarnings("unchecked")
    private static List<SearchHit> hits(FxRobot robot) {
        return robot.lookup("#search-results").queryAs(ListView.class).getItems();
    }
}
