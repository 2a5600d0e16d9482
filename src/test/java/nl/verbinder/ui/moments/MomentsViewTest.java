package nl.verbinder.ui.moments;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.ui.AreasRobot.choose;
import static nl.verbinder.ui.AreasRobot.dialogText;
import static nl.verbinder.ui.AreasRobot.errorUnder;
import static nl.verbinder.ui.AreasRobot.pressInDialog;
import static nl.verbinder.ui.AreasRobot.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.MomentQuery;
import nl.verbinder.domain.MomentView;
import nl.verbinder.domain.Partner;
import nl.verbinder.ui.AreaTestBase;
import nl.verbinder.ui.WindowFixture;
import nl.verbinder.ui.area.Area;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class MomentsViewTest extends AreaTestBase {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private Partner linde;
    private Partner hercules;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage);
        linde = fixture.services().partners().create(aPartner().named("Huisartsenpraktijk De Linde").build());
        hercules = fixture.services().partners().create(aPartner().named("Sportvereniging Hercules").build());
        log(linde, LocalDate.of(2026, 1, 10), ContactKind.PHONE, "Verwijzingen besproken", null, null);
        log(hercules, LocalDate.of(2026, 3, 5), ContactKind.EMAIL, "Blessurespreekuur gemaild", null, null);
        log(linde, LocalDate.of(2026, 6, 1), ContactKind.PHONE, "Nieuwe POH voorgesteld", null, null);
        log(hercules, LocalDate.of(2026, 11, 2), ContactKind.IN_PERSON, "Screening jeugd",
                "Uitslagen delen", LocalDate.of(2026, 11, 20));
        fixture.show();
    }

    @Test
    void showsEveryMomentNewestFirstWithTheNewestInFull(FxRobot robot) {
        robot.clickOn("#area-moments");

        assertThat(summaries(robot)).containsExactly("Screening jeugd", "Nieuwe POH voorgesteld",
                "Blessurespreekuur gemaild", "Verwijzingen besproken");
        assertThat(text(robot, "#moments-count")).isEqualTo("4 contactmomenten");
        assertThat(text(robot, "#moment-follow-up-state")).isEqualTo("Te laat, was uiterlijk 20-11-2026");
    }

    @Test
    void aLongListSaysItsTotalAndHowManyTheButtonStillShows(FxRobot robot) {
        // 446 more beside the 4 of the start: 450 in all, more than two pages of 200
        for (int i = 0; i < 446; i++) {
            log(i % 2 == 0 ? linde : hercules, LocalDate.of(2025, 1, 1).plusDays(i % 300), ContactKind.PHONE,
                    "Overleg " + i, null, null);
        }
        robot.clickOn("#area-moments");

        assertThat(text(robot, "#moments-count")).isEqualTo("De nieuwste 200 van 450 contactmomenten");
        assertThat(text(robot, "#moments-more")).isEqualTo("Nog 200 tonen");

        robot.clickOn("#moments-more");

        assertThat(text(robot, "#moments-count")).isEqualTo("De nieuwste 400 van 450 contactmomenten");
        assertThat(text(robot, "#moments-more")).isEqualTo("Nog 50 tonen");

        robot.clickOn("#moments-more");

        assertThat(text(robot, "#moments-count")).isEqualTo("450 contactmomenten");
        assertThat(robot.lookup("#moments-more").query().isVisible()).isFalse();
    }

    @Test
    void filtersByPeriodAndKind(FxRobot robot) {
        robot.clickOn("#area-moments");

        robot.clickOn("#moments-from").write("1-2-2026").type(KeyCode.ENTER);
        robot.clickOn("#moments-to").write("30-06-2026").type(KeyCode.ENTER);

        assertThat(summaries(robot)).containsExactly("Nieuwe POH voorgesteld", "Blessurespreekuur gemaild");
        assertThat(text(robot, "#moments-count")).isEqualTo("2 contactmomenten");

        choose(robot, "#moments-kind", "Telefoon");

        assertThat(summaries(robot)).containsExactly("Nieuwe POH voorgesteld");
        assertThat(text(robot, "#moments-count")).isEqualTo("1 contactmoment");
        List<MomentView> inDatabase = fixture.services().moments().list(MomentQuery.all()
                .between(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 6, 30)).ofKind(ContactKind.PHONE));
        assertThat(inDatabase).extracting(v -> v.moment().summary()).containsExactly("Nieuwe POH voorgesteld");

        robot.clickOn("#moments-clear");
        assertThat(summaries(robot)).hasSize(4);
    }

    @Test
    void filtersByPartnerChosenByTyping(FxRobot robot) {
        robot.clickOn("#area-moments");

        robot.clickOn("#moments-partner").write("Hercu").type(KeyCode.ENTER);

        assertThat(summaries(robot)).containsExactly("Screening jeugd", "Blessurespreekuur gemaild");
    }

    @Test
    void aFilterThatMatchesNothingSaysSoAndOffersToClearIt(FxRobot robot) {
        robot.clickOn("#area-moments");

        robot.clickOn("#moments-from").write("01-01-2020").type(KeyCode.ENTER);
        robot.clickOn("#moments-to").write("31-12-2020").type(KeyCode.ENTER);

        assertThat(summaries(robot)).isEmpty();
        assertThat(robot.lookup("Niets gevonden").tryQuery()).isPresent();
    }

    @Test
    void markingAFollowUpDoneStoresTodayAndUpdatesTheList(FxRobot robot) {
        robot.clickOn("#area-moments");
        robot.clickOn("#moments-open");
        assertThat(summaries(robot)).containsExactly("Screening jeugd");

        robot.clickOn("#moment-done");

        ContactMoment stored = momentWithSummary("Screening jeugd");
        assertThat(stored.followUpDone()).isEqualTo(TODAY);
        assertThat(summaries(robot)).isEmpty();
        assertThat(robot.lookup("Vervolgactie bij Sportvereniging Hercules afgevinkt.").tryQuery()).isPresent();

        robot.clickOn("Ongedaan maken");

        assertThat(momentWithSummary("Screening jeugd").followUpDone()).isNull();
        assertThat(summaries(robot)).containsExactly("Screening jeugd");
    }

    @Test
    void editingAMomentShowsTheServiceMessageThenSaves(FxRobot robot) {
        robot.clickOn("#area-moments");
        robot.clickOn("#moment-edit");

        robot.doubleClickOn("#field-summary").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE);
        robot.clickOn("#dialog-save");

        assertThat(errorUnder(robot, "summary")).isEqualTo("vul dit in");
        assertThat(momentWithSummary("Screening jeugd")).isNotNull();

        robot.clickOn("#field-summary").write("Screening O15");
        robot.clickOn("#dialog-save");

        assertThat(robot.lookup("#field-summary").tryQuery()).isEmpty();
        assertThat(momentWithSummary("Screening O15").followUp()).isEqualTo("Uitslagen delen");
        assertThat(summaries(robot)).first().isEqualTo("Screening O15");
    }

    @Test
    void deletingAMomentMovesItToTheTrashWithANoticeThatUndoesIt(FxRobot robot) {
        robot.clickOn("#area-moments");

        robot.clickOn("#moment-delete");

        assertThat(dialogText(robot)).as("no question: the notice undoes it").isEmpty();
        assertThat(fixture.services().moments().list(MomentQuery.all())).hasSize(3);
        assertThat(summaries(robot)).doesNotContain("Screening jeugd");
        assertThat(fixture.services().trash().list()).extracting(t -> t.label()).containsExactly("Screening jeugd");
        assertThat(robot.lookup("Contactmoment met Sportvereniging Hercules verwijderd").tryQuery()).isPresent();

        robot.clickOn("Ongedaan maken");

        assertThat(momentWithSummary("Screening jeugd").followUp()).isEqualTo("Uitslagen delen");
        assertThat(summaries(robot)).contains("Screening jeugd");
        assertThat(fixture.services().trash().list()).isEmpty();
    }

    @Test
    void thePartnerLinkOpensThePartnersArea(FxRobot robot) {
        robot.clickOn("#area-moments");

        robot.clickOn("#moment-partner");

        assertThat(fixture.window().currentArea()).isEqualTo(Area.PARTNERS);
    }

    private void log(Partner partner, LocalDate date, ContactKind kind, String summary, String followUp,
                     LocalDate due) {
        fixture.services().moments().log(ContactMoment.builder().partnerId(partner.id()).date(date).kind(kind)
                .summary(summary).followUp(followUp).followUpDue(due).build());
    }

    private ContactMoment momentWithSummary(String summary) {
        return fixture.services().moments().list(MomentQuery.all()).stream().map(MomentView::moment)
                .filter(m -> m.summary().equals(summary)).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static List<String> summaries(FxRobot robot) {
        TableView<MomentRow> table = robot.lookup("#moments-table").queryAs(TableView.class);
        return table.getItems().stream().map(MomentRow::summary).toList();
    }
}
