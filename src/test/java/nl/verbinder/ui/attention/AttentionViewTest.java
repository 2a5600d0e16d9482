package nl.verbinder.ui.attention;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.TestDatabase.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.TherapistRole;
import nl.verbinder.domain.attention.AttentionFilter;
import nl.verbinder.service.Services;
import nl.verbinder.testutil.PlainSqlite;
import nl.verbinder.testutil.TestDatabase;
import nl.verbinder.ui.AreaTestBase;
import nl.verbinder.ui.AreasRobot;
import nl.verbinder.ui.WindowFixture;
import nl.verbinder.ui.area.Area;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.partners.PartnersView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Aandacht over a hand-made practice: a GP 100 days without contact (rhythm 90), a prospect
 * added 30 days ago and never contacted, and a dietitian whose follow-up is 9 days late;
 * no insurer, municipality or patient organisation, and no environment notes.
 */
class AttentionViewTest extends AreaTestBase {

    private static final String GP = "Huisartsenpraktijk De Linde";
    private static final String PROSPECT = "Verloskundigenpraktijk Oost";
    private static final String DIETITIAN = "Diëtistenpraktijk 't Hart";

    private Therapist anna;
    private Therapist bram;
    private Partner gp;
    private Partner dietitian;
    private Partner prospect;

    @Start
    void start(Stage stage) {
        // The prospect was added a month ago: made with that day's clock, in the same file.
        try (TestDatabase earlier = TestDatabase.in(folder, TestDatabase.fixedClock(TODAY.minusDays(30)))) {
            Services then = earlier.services();
            anna = then.therapists().add(Therapist.newTherapist("Anna de Vries", TherapistRole.PRACTICE_OWNER, null));
            bram = then.therapists().add(Therapist.newTherapist("Bram van den Berg", TherapistRole.THERAPIST, null));
            prospect = then.partners().create(aPartner().named(PROSPECT).inCategory(Category.MIDWIFE)
                    .withStatus(PartnerStatus.PROSPECT).ownedBy(bram.id()).build());
        }
        fixture = WindowFixture.in(folder, stage);
        Services services = fixture.services();
        gp = services.partners().create(aPartner().named(GP).inCategory(Category.GP).ownedBy(anna.id()).build());
        services.moments().log(ContactMoment.builder().partnerId(gp.id()).date(TODAY.minusDays(100))
                .kind(ContactKind.IN_PERSON).summary("Kennismaking").build());
        dietitian = services.partners().create(aPartner().named(DIETITIAN).inCategory(Category.DIETITIAN)
                .ownedBy(anna.id()).build());
        services.moments().log(ContactMoment.builder().partnerId(dietitian.id()).date(TODAY.minusDays(30))
                .kind(ContactKind.PHONE).summary("Gebeld over verwijzingen").followUp("Flyer sturen")
                .followUpDue(TODAY.minusDays(9)).build());
        fixture.show();
    }

    @Test
    void showsTheEnginesItemsWithTheirReasonsMostUrgentFirst(FxRobot robot) {
        robot.clickOn("#area-attention");

        assertThat(rows(robot)).extracting(AttentionRow::name).containsExactly(GP, PROSPECT, DIETITIAN);
        assertThat(rows(robot)).extracting(r -> r.reasons()).containsExactly(
                List.of("laatste contact 100 dagen geleden, ritme 90 dagen"),
                List.of("nog geen contactmoment, toegevoegd 30 dagen geleden"),
                List.of("vervolgactie 'Flyer sturen' moest uiterlijk 14-11-2026 gebeuren, 9 dagen te laat"));
        assertThat(rows(robot)).extracting(AttentionRow::lastContact)
                .containsExactly("15-08-2026", "nooit", "24-10-2026");
        assertThat(rows(robot)).extracting(AttentionRow::levelText).containsExactly("Aandacht", "Aandacht", "Dringend");
        assertThat(rows(robot)).extracting(r -> r.item().score()).isSortedAccordingTo((a, b) -> b - a);
        assertThat(AreasRobot.text(robot, "#attention-count")).isEqualTo("3 relaties vragen aandacht");
        assertThat(shownTexts(robot)).contains(GP, "Huisarts · Anna de Vries · laatste contact 15-08-2026",
                "• laatste contact 100 dagen geleden, ritme 90 dagen", "Dringend");
    }

    @Test
    void filtersByReasonAndByOwnerNarrowTheListAndTheCount(FxRobot robot) {
        robot.clickOn("#area-attention");

        AreasRobot.choose(robot, "#attention-reason", "Nog nooit contact");
        assertThat(rows(robot)).extracting(AttentionRow::name).containsExactly(PROSPECT);
        assertThat(AreasRobot.text(robot, "#attention-count")).isEqualTo("1 getoond van 3 relaties die aandacht vragen");

        AreasRobot.choose(robot, "#attention-reason", "Elke reden");
        AreasRobot.choose(robot, "#attention-owner", "Anna de Vries");
        assertThat(rows(robot)).extracting(AttentionRow::name).containsExactly(GP, DIETITIAN);
        assertThat(AreasRobot.text(robot, "#attention-count")).isEqualTo("2 getoond van 3 relaties die aandacht vragen");

        robot.clickOn("#attention-owner-" + bram.id());
        assertThat(rows(robot)).extracting(AttentionRow::name).containsExactly(PROSPECT);

        AreasRobot.choose(robot, "#attention-owner", "Iedereen");
        assertThat(rows(robot)).hasSize(3);
        assertThat(AreasRobot.text(robot, "#attention-count")).isEqualTo("3 relaties vragen aandacht");
    }

    @Test
    void partnersWithoutAnOwnerHaveACountThatFiltersOnThem(FxRobot robot) {
        Partner club = fixture.services().partners().create(aPartner().named("Sportvereniging Hercules")
                .inCategory(Category.SPORTS_CLUB).build());
        fixture.services().moments().log(ContactMoment.builder().partnerId(club.id()).date(TODAY.minusDays(200))
                .kind(ContactKind.PHONE).summary("Gebeld").build());
        robot.clickOn("#area-attention");

        robot.clickOn("#attention-owner-none");

        assertThat(rows(robot)).extracting(AttentionRow::name).containsExactly("Sportvereniging Hercules");
        assertThat(rows(robot).getFirst().owner()).isEqualTo("Zonder eigenaar");
        assertThat(AreasRobot.text(robot, "#attention-count")).isEqualTo("1 getoond van 4 relaties die aandacht vragen");
    }

    @Test
    void clickingThePartnerNameInACardOpensThePartner(FxRobot robot) {
        robot.clickOn("#area-attention");
        robot.clickOn(robot.lookup(".attention-name").match((Node n) -> n instanceof javafx.scene.control.Labeled l
                && GP.equals(l.getText())).queryAs(Node.class));

        assertThat(fixture.window().currentArea()).isEqualTo(nl.verbinder.ui.area.Area.PARTNERS);
    }

    @Test
    void mineShowsTheRelationshipsOfWhoeverChoseThemselvesInTheStatusBarAndIsRemembered(FxRobot robot) {
        robot.clickOn("#area-attention");
        assertThat(AreasRobot.text(robot, "#status-me")).isEqualTo("Ik ben: nog niet gekozen");

        robot.clickOn("#status-me");
        AreasRobot.choose(robot, "#me-choice", "Bram van den Berg");
        robot.clickOn("Kiezen");
        assertThat(AreasRobot.text(robot, "#status-me")).isEqualTo("Ik ben: Bram van den Berg");
        robot.clickOn("#attention-count"); // back in the window after the dialog
        AreasRobot.choose(robot, "#attention-owner", "Mijn relaties (Bram van den Berg)");

        assertThat(rows(robot)).extracting(AttentionRow::name).containsExactly(PROSPECT);
        assertThat(AreasRobot.text(robot, "#attention-count")).isEqualTo("1 getoond van 3 relaties die aandacht vragen");
        assertThat(fixture.settings().me()).contains(bram.id());
        assertThat(fixture.settingsFile()).content().contains("me=" + bram.id());
    }

    @Test
    void loggingAMomentFromAnItemTakesTheOverdueItemOffAtOnce(FxRobot robot) {
        robot.clickOn("#area-attention");
        robot.clickOn(cell(robot, GP));

        robot.clickOn("#attention-log");
        assertThat(robot.lookup("#log-partner").queryAs(TextInputControl.class).getText()).isEqualTo(GP);
        robot.targetWindow(robot.lookup(".dialog-pane").query().getScene().getWindow());
        robot.write("v");                          // Video
        robot.push(KeyCode.TAB);
        robot.write("Verwijsroute besproken.");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);

        assertThat(rows(robot)).extracting(AttentionRow::name).containsExactly(PROSPECT, DIETITIAN);
        assertThat(fixture.services().moments().timeline(gp.id())).hasSize(2);
    }

    @Test
    void ctrlLLogsForTheChosenItem(FxRobot robot) {
        robot.clickOn("#area-attention");
        robot.clickOn(cell(robot, DIETITIAN));

        robot.push(KeyCode.CONTROL, KeyCode.L);

        assertThat(robot.lookup("#log-partner").queryAs(TextInputControl.class).getText()).isEqualTo(DIETITIAN);
        robot.push(KeyCode.ESCAPE);
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void aReloadKeepsTheChosenItemChosen(FxRobot robot) {
        robot.clickOn("#area-attention");
        robot.clickOn(cell(robot, PROSPECT));

        robot.interact(() -> fixture.window().context().changes().announce(Changes.Topic.PARTNERS));

        assertThat(chosen(robot)).isEqualTo(PROSPECT);
    }

    @Test
    void enterOpensThePartner(FxRobot robot) {
        robot.clickOn("#area-attention");
        robot.clickOn(cell(robot, PROSPECT));

        robot.push(KeyCode.ENTER);

        assertThat(fixture.window().currentArea()).isEqualTo(Area.PARTNERS);
        assertThat(((PartnersView) fixture.window().view(Area.PARTNERS)).shownPartnerId()).contains(prospect.id());
    }

    @Test
    void snoozingHidesTheItemAndStoresTheSnoozeWhichCanBeLifted(FxRobot robot) throws SQLException {
        robot.clickOn("#area-attention");
        robot.clickOn(cell(robot, DIETITIAN));

        robot.push(KeyCode.CONTROL, KeyCode.U);
        assertThat(robot.lookup("#field-until").queryAs(javafx.scene.control.DatePicker.class).getValue())
                .isEqualTo(TODAY.plusDays(14));
        robot.clickOn("#field-note").write("Marieke is met verlof");
        robot.clickOn("#dialog-save");

        assertThat(rows(robot)).extracting(AttentionRow::name).containsExactly(GP, PROSPECT);
        assertThat(chosen(robot)).as("the item now in its place").isEqualTo(PROSPECT);
        assertThat(AreasRobot.text(robot, "#attention-snoozed")).isEqualTo("Uitgesteld (1)");
        try (Connection db = PlainSqlite.open(fixture.folder().resolve("verbinder.db"))) {
            assertThat(PlainSqlite.column(db, "SELECT until || ' ' || note FROM attention_snooze WHERE partner_id = ?",
                    dietitian.id())).containsExactly(TODAY.plusDays(14) + " Marieke is met verlof");
        }

        robot.clickOn("#attention-snoozed");
        assertThat(rows(robot)).extracting(AttentionRow::name).containsExactly(DIETITIAN);
        assertThat(rows(robot).getFirst().snooze()).isEqualTo("Uitgesteld tot en met 07-12-2026 — Marieke is met verlof");
        robot.clickOn(cell(robot, DIETITIAN));
        robot.clickOn("#attention-snooze");
        assertThat(AreasRobot.text(robot, "#snooze-current")).isEqualTo("Nu uitgesteld tot en met 07-12-2026.");
        robot.clickOn("#snooze-lift");

        // the snoozed list is empty now and says so; the snooze is gone from the database
        assertThat(rows(robot)).isEmpty();
        assertThat(robot.lookup("Niets uitgesteld").tryQuery()).isPresent();
        assertThat(AreasRobot.text(robot, "#attention-snoozed")).isEqualTo("Uitgesteld (0)");
        assertThat(fixture.services().attention().overview(TODAY, AttentionFilter.all()).snoozed()).isEmpty();
        try (Connection db = PlainSqlite.open(fixture.folder().resolve("verbinder.db"))) {
            assertThat(PlainSqlite.column(db, "SELECT until FROM attention_snooze WHERE partner_id = ?",
                    dietitian.id())).isEmpty();
        }
        robot.clickOn("#attention-snoozed");
        assertThat(rows(robot)).extracting(AttentionRow::name).containsExactly(GP, PROSPECT, DIETITIAN);
        assertThat(rows(robot).getLast().snooze()).as("no snooze line on its card any more").isNull();
    }

    @Test
    void aSnoozeUntilADayPastIsRefusedWithTheServicesMessage(FxRobot robot) {
        robot.clickOn("#area-attention");
        robot.clickOn(cell(robot, GP));
        robot.clickOn("#attention-snooze");

        TextInputControl until = robot.lookup("#field-until").queryAs(javafx.scene.control.DatePicker.class).getEditor();
        robot.interact(() -> until.setText(""));
        robot.clickOn(until).write("01-11-2026");
        robot.clickOn("#dialog-save");

        assertThat(AreasRobot.errorUnder(robot, "until")).isEqualTo("01-11-2026 ligt in het verleden");
        AreasRobot.pressInDialog(robot, "Annuleren");
        assertThat(fixture.services().attention().overview(TODAY, AttentionFilter.all()).snoozed()).isEmpty();
    }

    @Test
    void practiceHintsShowBesideTheListAndTheEnvironmentGapOpensTheAnalysis(FxRobot robot) {
        robot.clickOn("#area-attention");

        assertThat(AreasRobot.text(robot, "#attention-hint-MISSING_FINANCIER .label")).isEqualTo("Geen financier");
        assertThat(shownTexts(robot)).contains(
                "Geen zorgverzekeraar of gemeente onder de actieve partners: een zorginnovatie heeft naast patiënt"
                        + " en zorgverlener ook een financier nodig.",
                "Geen patiëntenorganisatie onder de actieve partners: de stem van de patiënt ontbreekt in het netwerk.");
        assertThat(robot.lookup("#attention-hint-ENVIRONMENT_GAP").tryQuery()).isPresent();
        assertThat(AreasRobot.text(robot, "#attention-owner-" + anna.id() + " .label")).isEqualTo("Anna de Vries");

        robot.clickOn("#attention-open-environment");

        assertThat(fixture.window().currentArea()).isEqualTo(Area.ENVIRONMENT);
    }

    @Test
    void inEnglishTheListSpeaksEnglish(FxRobot robot) {
        robot.interact(() -> fixture.window().verbs().language("en"));
        robot.clickOn("#area-attention");

        assertThat(AreasRobot.text(robot, "#attention-count")).isEqualTo("3 relationships need attention");
        assertThat(rows(robot)).extracting(r -> r.reasons().getFirst()).containsExactly(
                "last contact 100 days ago, rhythm 90 days",
                "no contact moment yet, added 30 days ago",
                "follow-up 'Flyer sturen' was due by 14/11/2026, 9 days overdue");
        assertThat(rows(robot)).extracting(AttentionRow::lastContact).containsExactly("15/08/2026", "never",
                "24/10/2026");
        assertThat(shownTexts(robot)).contains("Attention", "Urgent", "Signals for the practice");
    }

    private static Node cell(FxRobot robot, String name) {
        return robot.lookup("#attention-list .list-cell")
                .match((Node n) -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() instanceof AttentionRow r
                        && r.name().equals(name)).query();
    }

    private static List<String> shownTexts(FxRobot robot) {
        // Labels, and the partner names, which are links that open the partner.
        return robot.lookup((Node n) -> n instanceof javafx.scene.control.Labeled l && (n instanceof Label
                        || n.getStyleClass().contains("attention-name")) && l.getText() != null)
                .queryAllAs(javafx.scene.control.Labeled.class).stream().filter(Node::isVisible)
                .filter(l -> isIn(l, "attention-view"))
                .map(javafx.scene.control.Labeled::getText).toList();
    }

    private static boolean isIn(Node node, String id) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (id.equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static String chosen(FxRobot robot) {
        AttentionRow row = (AttentionRow) robot.lookup("#attention-list").queryAs(ListView.class).getSelectionModel()
                .getSelectedItem();
        return row == null ? null : row.name();
    }

    @Test
    void aGroupFoldsAwayAndOpensAgainAndTheWindowRemembersIt(FxRobot robot) {
        robot.clickOn("#area-attention");
        assertThat(AreasRobot.text(robot, "#attention-group-urgent")).isEqualTo("Dringend (1)");
        assertThat(AreasRobot.text(robot, "#attention-group-attention")).isEqualTo("Aandacht (2)");

        robot.clickOn("#attention-group-urgent");

        assertThat(rows(robot)).extracting(AttentionRow::name).containsExactly(GP, PROSPECT);
        assertThat(AreasRobot.text(robot, "#attention-group-urgent")).as("still there to open again")
                .isEqualTo("Dringend (1)");
        assertThat(nl.verbinder.ui.area.UiSettings.load(folder.resolve(nl.verbinder.ui.area.UiSettings.FILE_NAME))
                .collapsedGroups()).as("written to this computer's settings").containsExactly("urgent");

        robot.clickOn("#area-partners");
        robot.clickOn("#area-attention");
        assertThat(rows(robot)).as("still folded after going elsewhere").extracting(AttentionRow::name)
                .containsExactly(GP, PROSPECT);

        robot.clickOn("#attention-group-urgent");

        assertThat(rows(robot)).extracting(AttentionRow::name).containsExactly(GP, PROSPECT, DIETITIAN);
        assertThat(fixture.settings().collapsedGroups()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<AttentionRow> rows(FxRobot robot) {
        return robot.lookup("#attention-list").queryAs(ListView.class).getItems();
    }
}
