package nl.verbinder.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.insight.MapLabels.Placed;
import nl.verbinder.domain.insight.MapNode;
import nl.verbinder.domain.insight.MapState;
import nl.verbinder.ui.AreaTestBase;
import nl.verbinder.ui.AreasRobot;
import nl.verbinder.ui.FxWait;
import nl.verbinder.ui.SamplePractice;
import nl.verbinder.ui.WindowFixture;
import nl.verbinder.ui.area.Area;
import nl.verbinder.ui.partners.PartnersView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The Netwerk view on a sample practice: what it draws, hover, click, filters, the date, PNG export. */
class NetworkViewTest extends AreaTestBase {

    private SamplePractice sample;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage);
        sample = SamplePractice.in(fixture.services());
        fixture.show();
    }

    /** Opens Netwerk and waits until the map has its size: until then no partner has a place on screen. */
    private NetworkView open(FxRobot robot) {
        robot.clickOn("#area-network");
        FxWait.laidOut();
        return (NetworkView) fixture.window().view(Area.NETWORK);
    }

    private static MapNode node(NetworkView view, long partnerId) {
        return view.model().mapProperty().get().node(partnerId).orElseThrow();
    }

    /** Where the partner is drawn now, once the last change has been laid out. */
    private static Point2D onScreen(NetworkView view, MapNode node) {
        FxWait.laidOut();
        Point2D local = view.canvas().pointOf(node);
        return view.canvas().localToScreen(local);
    }

    @Test
    void drawsThePracticesPartnersWithTheirStatesInTheLegend(FxRobot robot) {
        NetworkView view = open(robot);

        // the dormant sports club is shown, ended partners are not (there are none): 7 partners
        assertThat(AreasRobot.text(robot, "#network-count")).isEqualTo("7 partners");
        assertThat(node(view, sample.linde.id()).state()).as("an overdue follow-up").isEqualTo(MapState.URGENT);
        assertThat(AreasRobot.text(robot, "#network-legend-urgent")).isEqualTo("Dringend (1)");
        assertThat(AreasRobot.text(robot, "#network-legend-fine")).startsWith("In orde (");
        assertThat(view.labels()).extracting(Placed::id).contains(sample.linde.id());
        assertThat(view.canvas().getAccessibleText()).startsWith("Netwerkkaart met 7 partners: ")
                .endsWith("1 dringend");
    }

    @Test
    void sharedGoalsAreDrawnAsLinksUntilSwitchedOff(FxRobot robot) {
        robot.interact(() -> {
            fixture.services().goals().create(nl.verbinder.testutil.SharedGoalBuilder.aGoal().titled("Zwemles")
                    .withStatus(nl.verbinder.domain.GoalStatus.ACTIVE)
                    .withPartners(sample.zwembad.id(), sample.linde.id()).build());
        });
        NetworkView view = open(robot);

        assertThat(view.model().mapProperty().get().links()).extracting(l -> l.goalTitle()).containsExactly("Zwemles");
        assertThat(robot.lookup("Gedeeld doel").tryQuery()).isPresent();

        robot.clickOn("#network-goals");

        assertThat(view.model().showGoalsProperty().get()).isFalse();
        assertThat(robot.lookup("Gedeeld doel").tryQuery()).isEmpty();
    }

    @Test
    void hoveringAPartnerShowsItsNameLastContactAndReasons(FxRobot robot) {
        NetworkView view = open(robot);

        robot.moveTo(onScreen(view, node(view, sample.linde.id())));

        assertThat(robot.lookup("#network-card").query().isVisible()).isTrue();
        assertThat(AreasRobot.text(robot, "#network-card-name")).isEqualTo("Huisartsenpraktijk De Linde");
        assertThat(AreasRobot.text(robot, "#network-card-contact"))
                .isEqualTo("Laatste contact: 16-11-2026 (7 dagen geleden)");
        assertThat(robot.lookup(".network-card-reason").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText)
                .anySatisfy(text -> assertThat(text).contains("Flyer sturen"));
    }

    @Test
    void aPartnerNeverContactedSaysSo(FxRobot robot) {
        NetworkView view = open(robot);

        robot.moveTo(onScreen(view, node(view, sample.zwembad.id())));

        assertThat(AreasRobot.text(robot, "#network-card-name")).isEqualTo("Zwembad De Wetering");
        assertThat(AreasRobot.text(robot, "#network-card-contact")).isEqualTo("Laatste contact: nog nooit");
    }

    @Test
    void clickingAPartnerOpensItInPartners(FxRobot robot) {
        NetworkView view = open(robot);

        robot.clickOn(onScreen(view, node(view, sample.oost.id())));

        assertThat(fixture.window().currentArea()).isEqualTo(Area.PARTNERS);
        PartnersView partners = (PartnersView) fixture.window().view(Area.PARTNERS);
        assertThat(partners.shownPartnerId()).contains(sample.oost.id());
    }

    @Test
    void filtersAskForAnotherMap(FxRobot robot) {
        NetworkView view = open(robot);

        AreasRobot.choose(robot, "#network-category", "Huisarts");

        assertThat(AreasRobot.text(robot, "#network-count")).isEqualTo("2 partners");
        assertThat(view.model().mapProperty().get().nodes()).extracting(MapNode::category).containsOnly(Category.GP);

        AreasRobot.choose(robot, "#network-category", "Alle categorieën");
        AreasRobot.choose(robot, "#network-owner", "Bram van den Berg");

        assertThat(view.model().mapProperty().get().nodes()).extracting(MapNode::partnerId)
                .containsExactly(sample.oost.id());
    }

    @Test
    void aDateBeforeThePartnersWereAddedShowsNoPartnersAndSaysWhy(FxRobot robot) {
        NetworkView view = open(robot);

        robot.interact(() -> view.showMonthsBack(6));

        assertThat(view.model().asOfProperty().get()).isEqualTo(fixture.services().clock().instant()
                .atZone(fixture.services().clock().getZone()).toLocalDate().minusMonths(6));
        assertThat(AreasRobot.text(robot, "#network-as-of-date")).isEqualTo("23-05-2026");
        assertThat(robot.lookup("Geen partners bij deze keuze").tryQuery()).isPresent();

        robot.clickOn("#network-today");

        assertThat(AreasRobot.text(robot, "#network-count")).isEqualTo("7 partners");
    }

    @Test
    void zoomingRedrawsWithoutLoadingAgain(FxRobot robot) {
        NetworkView view = open(robot);
        var before = view.model().mapProperty().get();
        MapNode linde = node(view, sample.linde.id());
        Point2D centre = view.canvas().pointOf(linde);

        robot.interact(() -> view.canvas().zoomAt(3, centre.getX(), centre.getY()));

        assertThat(view.canvas().zoom()).isEqualTo(3);
        assertThat(view.canvas().pointOf(linde).distance(centre)).as("zoomed around the point").isLessThan(0.01);
        assertThat(view.model().mapProperty().get()).isSameAs(before);
        robot.clickOn("#network-fit");
        assertThat(view.canvas().zoom()).isEqualTo(1);
    }

    @Test
    void theKeyboardZoomsAndFitsToo(FxRobot robot) {
        NetworkView view = open(robot);
        robot.clickOn("#network-canvas");

        robot.type(javafx.scene.input.KeyCode.PLUS);

        assertThat(view.canvas().zoom()).isEqualTo(1.25);
        robot.type(javafx.scene.input.KeyCode.DIGIT0);
        assertThat(view.canvas().zoom()).isEqualTo(1);
    }

    @Test
    void aLoggedMomentMovesThePartnerInward(FxRobot robot) {
        NetworkView view = open(robot);
        double before = node(view, sample.zwembad.id()).distance();

        robot.interact(() -> {
            fixture.services().moments().log(nl.verbinder.domain.ContactMoment.builder()
                    .partnerId(sample.zwembad.id()).date(nl.verbinder.testutil.TestDatabase.TODAY)
                    .kind(nl.verbinder.domain.ContactKind.PHONE).summary("Even gebeld").build());
            fixture.window().context().changes().announce(nl.verbinder.ui.area.Changes.Topic.MOMENTS);
        });

        assertThat(node(view, sample.zwembad.id()).distance()).isLessThan(before);
        assertThat(node(view, sample.zwembad.id()).lastContact()).isEqualTo(nl.verbinder.testutil.TestDatabase.TODAY);
    }

    @Test
    void exportsTheMapAsAPng(FxRobot robot) throws Exception {
        NetworkView view = open(robot);
        Path file = folder.resolve("netwerk.png");
        view.pngTarget(suggested -> {
            assertThat(suggested).isEqualTo("netwerk-2026-11-23.png");
            return Optional.of(file);
        });

        robot.clickOn("#network-export");

        assertThat(Files.size(file)).isGreaterThan(1000);
        assertThat(Files.getPosixFilePermissions(file)).as("owner-only: the map names partners")
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isGreaterThan(300);
        assertThat(image.getHeight()).isGreaterThan(200);
    }

    @Test
    void at500PartnersTheMapShowsCountsUntilZoomedInThenNamesThatDoNotOverlap(FxRobot robot) {
        SamplePractice.addMany(fixture.services(), 500);
        NetworkView view = open(robot);
        robot.interact(() -> view.model().load());

        assertThat(view.model().mapProperty().get().nodes()).hasSize(507);
        assertThat(view.canvas().drawing().aggregated()).as("too many to name: counts per sector").isTrue();
        assertThat(view.canvas().drawing().badges()).isNotEmpty();
        assertThat(view.labels()).isEmpty();

        robot.interact(() -> view.canvas().zoomAt(6, view.canvas().getWidth() / 2, view.canvas().getHeight() / 2));

        List<Placed> labels = view.labels();
        assertThat(view.canvas().drawing().aggregated()).isFalse();
        assertThat(labels.size()).as("names once zoomed in").isBetween(10, 506);
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(labels.get(i).box().hits(labels.get(j).box())).isFalse();
            }
        }
    }
}
