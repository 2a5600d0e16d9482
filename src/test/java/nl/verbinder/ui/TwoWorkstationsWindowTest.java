package nl.verbinder.ui;

import static nl.verbinder.testutil.ContactMomentBuilder.aMoment;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import nl.verbinder.domain.Partner;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.Services;
import nl.verbinder.store.postgres.PostgresStore;
import nl.verbinder.testutil.PostgresServer;
import nl.verbinder.testutil.TestDatabase;
import nl.verbinder.ui.area.UiSettings;
import nl.verbinder.ui.fx.SameThreadTaskRunner;
import nl.verbinder.ui.partners.PartnerRow;
import nl.verbinder.ui.partners.PartnersView;
import nl.verbinder.ui.shell.WindowSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two workstations on one practice server: a real window on workstation B, and workstation A
 * (its own services, store and connections) changing things. B's partner list shows A's edit and
 * the partner's timeline A's logged moment without anyone reloading, keeping the selected
 * partner and where the list was scrolled to; the status bar names the server.
 */
class TwoWorkstationsWindowTest extends AreaTestBase {

    private static final int PARTNERS = 120;

    private Services a;
    private String url;
    private Services b;
    private MainWindow window;
    private LayoutAfterInput layout;
    private final List<Long> ids = new ArrayList<>();

    @Start
    void start(Stage stage) {
        url = PostgresServer.get().freshVerbinderDatabase();
        Clock clock = TestDatabase.fixedClock(TestDatabase.TODAY);
        a = workstation(url, clock, "anna");
        for (int i = 0; i < PARTNERS; i++) {
            ids.add(a.partners().create(aPartner().named(String.format("Partner %03d", i)).build()).id());
        }
        b = workstation(url, clock, "bram");
        UiSettings settings = UiSettings.load(folder.resolve(UiSettings.FILE_NAME));
        settings.welcomed(true);
        settings.meAsked(true);
        window = new MainWindow(stage, b, Messages.dutch(), new WindowSetup(WindowFixture.factory(folder, clock),
                settings, new SameThreadTaskRunner(), Duration.ZERO));
        layout = LayoutAfterInput.start();
        window.show();
    }

    @AfterEach
    void closeWorkstations() throws Exception {
        if (layout != null) {
            WaitForAsyncUtils.asyncFx(layout::stop).get();
        }
        if (window != null && window.services() != b) {
            window.services().close();
        }
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void anEditOnAnotherWorkstationShowsInTheListKeepingSelectionAndScroll(FxRobot robot) throws Exception {
        long chosen = ids.get(80);
        WaitForAsyncUtils.asyncFx(() -> ((PartnersView) window.view(nl.verbinder.ui.area.Area.PARTNERS))
                .select(chosen)).get();
        FxWait.laidOut();
        TableView<PartnerRow> table = robot.lookup("#partner-table").queryTableView();
        int firstBefore = firstVisible(table);
        assertThat(firstBefore).as("the list is scrolled down to the chosen partner").isGreaterThan(0);

        Partner edited = a.partners().get(ids.get(81));
        a.partners().update(edited.toBuilder().name("Partner 081 (nieuwe naam)").build());

        FxWait.until("B's list shows A's new name", () -> table.getItems().stream()
                .anyMatch(row -> row.name().equals("Partner 081 (nieuwe naam)")));
        FxWait.laidOut();
        assertThat(table.getSelectionModel().getSelectedItems()).extracting(PartnerRow::id).containsExactly(chosen);
        assertThat(firstVisible(table)).isEqualTo(firstBefore);
    }

    @Test
    void anEditOfOnePartnerReloadsOnlyItsRowNotTheWholeList(FxRobot robot) throws Exception {
        PartnersView view = (PartnersView) window.view(nl.verbinder.ui.area.Area.PARTNERS);
        long chosen = ids.get(40);
        WaitForAsyncUtils.asyncFx(() -> view.select(chosen)).get();
        FxWait.laidOut();
        TableView<PartnerRow> table = robot.lookup("#partner-table").queryTableView();
        int fullLoads = WaitForAsyncUtils.asyncFx(() -> view.listModel().fullLoads()).get();
        PartnerRow untouched = WaitForAsyncUtils.asyncFx(() -> view.listModel().rows().stream()
                .filter(r -> r.id() == ids.get(10)).findFirst().orElseThrow()).get();

        Partner edited = a.partners().get(ids.get(41));
        a.partners().update(edited.toBuilder().name("Partner 041 (alleen deze rij)").city("Zeist").build());

        FxWait.until("B's list shows A's new name", () -> table.getItems().stream()
                .anyMatch(row -> row.name().equals("Partner 041 (alleen deze rij)")));
        FxWait.laidOut();
        assertThat(WaitForAsyncUtils.asyncFx(() -> view.listModel().fullLoads()).get())
                .as("the list reloaded only the changed row").isEqualTo(fullLoads);
        assertThat(table.getItems()).hasSize(PARTNERS).extracting(PartnerRow::name)
                .doesNotContain("Partner 041");
        assertThat(table.getItems()).as("the other rows were left as they were (the same objects)")
                .anySatisfy(row -> assertThat(row).isSameAs(untouched));
        assertThat(table.getSelectionModel().getSelectedItems()).extracting(PartnerRow::id).containsExactly(chosen);

        // Many partners at once (a bulk change elsewhere): the whole list, once.
        try (java.sql.Connection admin = java.sql.DriverManager.getConnection(url);
             java.sql.Statement s = admin.createStatement()) {
            s.execute("UPDATE partner SET city = 'Amersfoort'");
        }
        FxWait.until("a bulk change elsewhere reloads the whole list",
                () -> view.listModel().fullLoads() > fullLoads
                        && table.getItems().stream().allMatch(row -> "Amersfoort".equals(row.city())));
    }

    @Test
    void aMomentLoggedOnAnotherWorkstationShowsInTheTimelineOfTheSelectedPartner(FxRobot robot) throws Exception {
        long chosen = ids.get(5);
        WaitForAsyncUtils.asyncFx(() -> ((PartnersView) window.view(nl.verbinder.ui.area.Area.PARTNERS))
                .select(chosen)).get();
        FxWait.laidOut();

        a.moments().log(aMoment().with(chosen).about("Overleg over valpreventie op werkplek A").build());

        ListView<?> timeline = robot.lookup("#timeline").queryListView();
        FxWait.until("B's timeline shows A's moment", () -> timeline.getItems().stream()
                .anyMatch(entry -> entry.toString().contains("valpreventie")));
        TableView<PartnerRow> table = robot.lookup("#partner-table").queryTableView();
        assertThat(table.getSelectionModel().getSelectedItems()).extracting(PartnerRow::id).containsExactly(chosen);
    }

    @Test
    void theStatusBarAndTitleNameThePracticeServer(FxRobot robot) {
        assertThat(robot.lookup("#status-database").queryAs(Labeled.class).getText())
                .isEqualTo("Praktijkserver test · verbonden");
        assertThat(robot.window(0).getScene().getWindow()).isNotNull();
        assertThat(((Stage) robot.lookup("#status-database").query().getScene().getWindow()).getTitle())
                .isEqualTo("Verbinder — Praktijkserver test");
    }

    @Test
    void aLostConnectionIsShownAndTheListenerConnectsAgain(FxRobot robot) throws Exception {
        try (java.sql.Connection admin = java.sql.DriverManager.getConnection(url);
             java.sql.Statement s = admin.createStatement()) {
            s.execute("""
                    SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                    WHERE datname = current_database() AND application_name = 'Verbinder live updates'
                    """);
        }
        FxWait.until("the status bar says the connection is lost", () -> robot.lookup("#status-database")
                .queryAs(Labeled.class).getText().equals("Praktijkserver test · verbinding verbroken, opnieuw verbinden…"));
        FxWait.until("and that it is back", () -> robot.lookup("#status-database")
                .queryAs(Labeled.class).getText().equals("Praktijkserver test · verbonden"));

        Partner edited = a.partners().get(ids.get(3));
        a.partners().update(edited.toBuilder().name("Partner 003 (na herstel)").build());
        TableView<PartnerRow> table = robot.lookup("#partner-table").queryTableView();
        FxWait.until("B's list shows A's edit after reconnecting", () -> table.getItems().stream()
                .anyMatch(row -> row.name().equals("Partner 003 (na herstel)")));
    }

    private static int firstVisible(TableView<?> table) {
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        IndexedCell<?> first = flow.getFirstVisibleCell();
        return first == null ? -1 : first.getIndex();
    }

    private static Services workstation(String url, Clock clock, String user) {
        org.postgresql.ds.PGSimpleDataSource dataSource = new org.postgresql.ds.PGSimpleDataSource();
        dataSource.setUrl(url);
        return Services.over(PostgresStore.open(dataSource, "postgresql://test:5432/verbinder?user=" + user, clock),
                clock);
    }
}
