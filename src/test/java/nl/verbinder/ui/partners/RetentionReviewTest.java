package nl.verbinder.ui.partners;

import static nl.verbinder.testutil.ContactPersonBuilder.aContactPerson;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.TherapistBuilder.aTherapist;
import static nl.verbinder.ui.AreasRobot.dialogText;
import static nl.verbinder.ui.AreasRobot.pressInDialog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import nl.verbinder.domain.NotFoundException;
import nl.verbinder.domain.PartnerKind;
import nl.verbinder.service.Services;
import nl.verbinder.testutil.PlainSqlite;
import nl.verbinder.ui.AreaTestBase;
import nl.verbinder.ui.WindowFixture;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The AVG in the window: the retention hint on Aandacht opens the review list, where a person
 * is kept with a reason or erased through the erase dialog (which asks first); the Praktijk
 * area opens the same list and the inzage of a therapist; a partner that is a person has its
 * own inzage.
 */
class RetentionReviewTest extends AreaTestBase {

    private long oud;
    private long eind;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage);
        Services s = fixture.services();
        long fit = s.partners().create(aPartner().named("Sportschool Fit").build()).id();
        oud = s.contactPersons().add(aContactPerson().at(fit).named("Oud Contact").build()).id();
        eind = s.contactPersons().add(aContactPerson().at(fit).named("Eind Contact").build()).id();
        s.contactPersons().add(aContactPerson().at(fit).named("Nieuw Contact").build());
        s.therapists().add(aTherapist().named("Sanne Visser").goodAt("Knieklachten").build());
        s.partners().create(aPartner().named("Karin Mulder").ofKind(PartnerKind.PERSON).build());
        // Two people whose records were made long ago, without any contact since (hand-made dates).
        try (Connection c = PlainSqlite.open(s.location())) {
            PlainSqlite.execute(c, "UPDATE contact_person SET created_at = '2024-01-05T10:00:00.000Z' WHERE id IN (?, ?)",
                    oud, eind);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        fixture.show();
    }

    @Test
    void theHintOpensTheReviewWhereAPersonIsKeptWithAReasonOrErasedAfterConfirming(FxRobot robot) {
        robot.clickOn("#area-attention");
        assertThat(robot.lookup("#attention-hint-PRIVACY_RETENTION").tryQuery()).isPresent();

        // The hint card sits low in the side panel, below the fold of the test window: fire its link.
        javafx.scene.control.Hyperlink review = robot.lookup("#attention-review-retention")
                .queryAs(javafx.scene.control.Hyperlink.class);
        assertThat(review.getText()).isEqualTo("Bewaartermijn nakijken…");
        javafx.application.Platform.runLater(review::fire);
        nl.verbinder.ui.FxWait.until("the review list is open", () -> !dialogText(robot).isEmpty());

        assertThat(dialogText(robot)).contains("Langer bewaard dan ingesteld (AVG)",
                "Oud Contact · Sportschool Fit", "Eind Contact · Sportschool Fit", "geen contact sinds 05-01-2024")
                .doesNotContain("Nieuw Contact");
        assertThat(robot.lookup("#retention-keep-" + oud).queryButton().isDisabled()).as("a reason first").isTrue();
        robot.clickOn("#retention-reason-" + oud).write("Lopende samenwerking rond de sportweek");
        robot.clickOn("#retention-keep-" + oud);

        assertThat(robot.lookup("#retention-person-" + oud).tryQuery()).isEmpty();
        assertThat(fixture.services().personalData().kept()).singleElement()
                .satisfies(k -> assertThat(k.reason()).isEqualTo("Lopende samenwerking rond de sportweek"));

        robot.clickOn("#retention-erase-" + eind);
        assertThat(robot.lookup("#erase-confirm").queryButton().isDefaultButton()).isFalse();
        pressInDialog(robot, "Annuleren");
        assertThat(fixture.services().contactPersons().get(eind).name()).as("nothing erased without a yes")
                .isEqualTo("Eind Contact");

        robot.clickOn("#retention-erase-" + eind);
        robot.clickOn("#erase-confirm");

        assertThatThrownBy(() -> fixture.services().contactPersons().get(eind)).isInstanceOf(NotFoundException.class);
        assertThat(robot.lookup("Niemand wordt langer bewaard dan ingesteld.").tryQuery()).isPresent();
        pressInDialog(robot, "Sluiten");
        assertThat(robot.lookup("#attention-hint-PRIVACY_RETENTION").tryQuery()).as("the hint is gone").isEmpty();
    }

    @Test
    void thePracticeAreaOpensTheReviewAndATherapistsInzage(FxRobot robot) {
        robot.clickOn("#area-practice");

        robot.clickOn("#practice-review-retention");
        assertThat(dialogText(robot)).contains("Oud Contact · Sportschool Fit");
        pressInDialog(robot, "Sluiten");

        robot.clickOn("Sanne Visser");
        robot.clickOn("#therapist-data");
        assertThat(dialogText(robot)).contains("Persoonsgegevens van Sanne Visser", "Knieklachten");
        pressInDialog(robot, "Sluiten");
    }

    @Test
    void aPartnerThatIsAPersonHasItsOwnInzageAndAnOrganisationHasNone(FxRobot robot) {
        robot.clickOn("#area-partners");
        robot.clickOn("Sportschool Fit");
        assertThat(robot.lookup("#partner-data-open").queryAs(Button.class).isVisible()).isFalse();

        robot.clickOn("Karin Mulder");
        robot.clickOn("#partner-data-open");

        assertThat(dialogText(robot)).contains("Persoonsgegevens van Karin Mulder");
        pressInDialog(robot, "Sluiten");
    }

    @Test
    void keepingAPersonSomeoneElseKeptMeanwhileOffersToReloadAndKeepsTheirReason(FxRobot robot) {
        robot.clickOn("#area-practice");
        robot.clickOn("#practice-review-retention");
        assertThat(dialogText(robot)).contains("Oud Contact · Sportschool Fit");
        // Meanwhile another workstation keeps the same person, with its own reason.
        fixture.services().personalData().keepUnlessKept(oud, "Bestuurslid van de sportweek");

        robot.clickOn("#retention-reason-" + oud).write("Lopende samenwerking");
        robot.clickOn("#retention-keep-" + oud);

        nl.verbinder.ui.FxWait.until("the conflict is shown", () -> dialogText(robot).contains("Opnieuw laden toont"));
        assertThat(dialogText(robot)).contains("Iemand anders heeft dit (contactpersoon " + oud + ") net gewijzigd");
        pressInDialog(robot, "Opnieuw laden");

        nl.verbinder.ui.FxWait.until("the reloaded review no longer lists them",
                () -> robot.lookup("#retention-person-" + oud).tryQuery().isEmpty());
        assertThat(fixture.services().personalData().kept()).singleElement()
                .satisfies(k -> assertThat(k.reason()).isEqualTo("Bestuurslid van de sportweek"));
        pressInDialog(robot, "Sluiten");
    }
}
