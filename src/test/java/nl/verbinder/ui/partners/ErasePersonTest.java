package nl.verbinder.ui.partners;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.Partner;
import nl.verbinder.service.Services;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Erasing a contact person in the window: the dialog shows every mention with where it is and
 * where copies may remain, the user chooses the doubtful ones, and an edit opened before the
 * erase cannot save the name back.
 */
class ErasePersonTest extends PartnersTestBase {

    private static final String NOTES = "Bel Marieke\nJansen op 0612345678 of +31 6 12345678; mevrouw Jansen werkt ma-wo.";

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    void before(Services services) {
        Partner linde = services.partners().get(sample.linde.id());
        services.partners().update(linde.toBuilder().notes(NOTES).build());
    }

    private void openEraseDialog(FxRobot robot) {
        robot.clickOn("#tab-persons");
        robot.clickOn("Marieke Jansen — praktijkondersteuner");
        robot.clickOn("#person-erase");
    }

    private CheckBox mention(FxRobot robot, String where) {
        return robot.lookup((CheckBox box) -> box.getText().equals(where)).queryAs(CheckBox.class);
    }

    @Test
    void theDialogShowsEveryMentionAndWhereCopiesMayRemain(FxRobot robot) {
        clickRow(robot, "Huisartsenpraktijk De Linde");
        openEraseDialog(robot);

        CheckBox fullName = mention(robot, "Partner Huisartsenpraktijk De Linde · Notities (volledige naam)");
        assertThat(fullName.isSelected()).isTrue();
        assertThat(fullName.isDisabled()).as("a full name always goes").isTrue();
        assertThat(mention(robot, "Partner Huisartsenpraktijk De Linde · Notities (telefoonnummer)").isSelected()).isTrue();
        CheckBox surname = mention(robot, "Partner Huisartsenpraktijk De Linde · Notities (achternaam)");
        assertThat(surname.isSelected()).isTrue();
        assertThat(surname.isDisabled()).isFalse();
        CheckBox firstName = mention(robot, "Partner Huisartsenpraktijk De Linde · Hoe we elkaar kennen (voornaam)");
        assertThat(firstName.isSelected()).as("a first name alone is the user's choice").isFalse();
        assertThat(visibleStartingWith(robot, "Bel Marieke Jansen op 0612345678 of")).as("the text around it").isTrue();
        assertThat(visibleStartingWith(robot, "Het wissen gebeurt in deze database. Reservekopieën en exports")).isTrue();
        assertThat(visible(robot, "Kopieën van vóór een update worden na 30 dagen verwijderd.")).isTrue();

        CheckBox moment = robot.lookup((CheckBox box) -> box.getText().startsWith("Contactmoment ")
                && box.getText().endsWith("· Samenvatting (voornaam)")).queryAs(CheckBox.class);
        robot.interact(() -> scrollTo(moment)); // the list of mentions scrolls, as a user would
        nl.verbinder.ui.FxWait.laidOut();
        robot.clickOn(moment);
        robot.clickOn("#erase-confirm");

        Partner linde = services().partners().get(sample.linde.id());
        assertThat(linde.notes()).isEqualTo("Bel […] op […] of […]; mevrouw […] werkt ma-wo.");
        assertThat(linde.howWeKnowEachOther()).contains("Marieke zat bij de opening");
        assertThat(services().moments().timeline(sample.linde.id())).extracting(v -> v.moment().summary())
                .contains("Kennismaking met […] en dr. De Boer over valpreventie.");
        assertThat(services().contactPersons().countMentions("Marieke Jansen")).isZero();
    }

    @Test
    void anEditOpenedBeforeTheEraseCannotSaveTheNameBack(FxRobot robot) {
        clickRow(robot, "Huisartsenpraktijk De Linde");
        robot.clickOn("#tab-fields");
        retype(robot, "#field-city", "Zeist");
        assertThat(text(robot, "#field-notes")).contains("Marieke");

        openEraseDialog(robot);
        robot.clickOn("#erase-confirm");
        robot.clickOn("#tab-fields");
        robot.clickOn("#field-city");
        save(robot); // Ctrl+Enter: the notice of the erase can lie over the save button

        assertThat(visible(robot, "Tegelijk gewijzigd")).isTrue();
        robot.clickOn("Verder bewerken");
        assertThat(services().partners().get(sample.linde.id()).notes()).doesNotContain("Marieke").doesNotContain("Jansen");

        save(robot);
        robot.clickOn("Opnieuw laden");

        Partner stored = services().partners().get(sample.linde.id());
        assertThat(stored.notes()).isEqualTo("Bel […] op […] of […]; mevrouw […] werkt ma-wo.");
        assertThat(stored.city()).isEqualTo("Utrecht");
        assertThat(text(robot, "#field-notes")).isEqualTo(stored.notes());
    }

    @Test
    void cancellingErasesNothing(FxRobot robot) {
        clickRow(robot, "Huisartsenpraktijk De Linde");
        openEraseDialog(robot);

        robot.clickOn("Annuleren");

        assertThat(services().contactPersons().get(sample.marieke.id()).name()).isEqualTo("Marieke Jansen");
        assertThat(services().partners().get(sample.linde.id()).notes()).isEqualTo(NOTES);
        ContactMoment first = services().moments().timeline(sample.linde.id()).getLast().moment();
        assertThat(first.summary()).contains("Marieke");
    }

    /** Scrolls the list of mentions until the node shows. */
    private static void scrollTo(javafx.scene.Node node) {
        javafx.scene.Node n = node;
        while (n != null && !(n instanceof javafx.scene.control.ScrollPane)) {
            n = n.getParent();
        }
        if (n instanceof javafx.scene.control.ScrollPane scroll) {
            double content = scroll.getContent().getBoundsInLocal().getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            scroll.setVvalue(content <= viewport ? 0 : Math.min(1, Math.max(0, y / (content - viewport))));
        }
    }
}
