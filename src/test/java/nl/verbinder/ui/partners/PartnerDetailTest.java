package nl.verbinder.ui.partners;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.ui.FxWait;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class PartnerDetailTest extends PartnersTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void choosingAPartnerShowsItsTimelineNewestFirst(FxRobot robot) {
        clickRow(robot, "Huisartsenpraktijk De Linde");

        assertThat(text(robot, "#partner-title")).isEqualTo("Huisartsenpraktijk De Linde");
        assertThat(text(robot, "#partner-subtitle")).isEqualTo("Huisarts · Utrecht · Actief · contact elke 90 dagen");
        assertThat(visible(robot, "16-11-2026 · Telefoon")).isTrue();
        assertThat(visible(robot, "14-10-2026 · Persoonlijk")).isTrue();
        assertThat(visible(robot, "Geboden: Een training valpreventie in de wijk.")).isTrue();
        assertThat(visible(robot, "Vervolg te laat: Flyer sturen (was uiterlijk 03-11-2026)")).isTrue();
        @SuppressWarnings("unchecked")
        var timeline = robot.lookup("#timeline").queryListView();
        assertThat(timeline.getItems()).extracting(e -> ((TimelineEntry) e).date())
                .containsExactly("16-11-2026", "14-10-2026");
        assertThat(tabText(robot, "tab-timeline")).isEqualTo("Tijdlijn (2)");
    }

    @Test
    void editingInPlaceShowsTheServicesMessageAndSavesOnceFixed(FxRobot robot) {
        clickRow(robot, "Huisartsenpraktijk De Linde");
        robot.clickOn("#tab-fields");

        retype(robot, "#field-postcode", "12");

        assertThat(visible(robot, "'12' is geen Nederlandse postcode (zoals 1234 AB)")).isTrue();
        save(robot);
        assertThat(services().partners().get(sample.linde.id()).postcode()).isEqualTo("3511 AB");
        assertThat(robot.lookup("#save-bar").query().isVisible()).isTrue();

        retype(robot, "#field-postcode", "3512 jk");
        assertThat(visible(robot, "'12' is geen Nederlandse postcode (zoals 1234 AB)")).isFalse();
        save(robot);

        assertThat(services().partners().get(sample.linde.id()).postcode()).isEqualTo("3512 JK");
        assertThat(text(robot, "#field-postcode")).isEqualTo("3512 JK");
        assertThat(robot.lookup("#save-bar").query().isVisible()).isFalse();
    }

    @Test
    void aChangeBehindTheViewsBackIsAConflictThatOffersToReload(FxRobot robot) {
        clickRow(robot, "Huisartsenpraktijk De Linde");
        robot.clickOn("#tab-fields");
        retype(robot, "#field-city", "Zeist");
        Partner theirs = services().partners().update(services().partners().get(sample.linde.id()).toBuilder()
                .phone("030-7654321").build());

        robot.clickOn("#partner-save");

        assertThat(visible(robot, "Tegelijk gewijzigd")).isTrue();
        robot.clickOn("Opnieuw laden");
        assertThat(text(robot, "#field-city")).isEqualTo("Utrecht");
        assertThat(text(robot, "#field-phone")).isEqualTo(theirs.phone());
        Partner stored = services().partners().get(sample.linde.id());
        assertThat(stored.city()).isEqualTo("Utrecht");
        assertThat(stored.version()).isEqualTo(theirs.version());
    }

    @Test
    void keepingTheEditAfterAConflictLeavesItInTheForm(FxRobot robot) {
        clickRow(robot, "Huisartsenpraktijk De Linde");
        robot.clickOn("#tab-fields");
        retype(robot, "#field-city", "Zeist");
        services().partners().update(services().partners().get(sample.linde.id()).toBuilder().phone("030-7654321").build());

        robot.clickOn("#partner-save");
        robot.clickOn("Verder bewerken");

        assertThat(text(robot, "#field-city")).isEqualTo("Zeist");
        assertThat(services().partners().get(sample.linde.id()).city()).isEqualTo("Utrecht");
    }

    @Test
    void anUnsavedEditIsNotLostWithoutAsking(FxRobot robot) {
        clickRow(robot, "Huisartsenpraktijk De Linde");
        robot.clickOn("#tab-fields");
        retype(robot, "#field-city", "Zeist");

        clickRow(robot, "Zwembad De Wetering");
        assertThat(visible(robot, "Niet-opgeslagen wijzigingen")).isTrue();
        robot.clickOn("Verder bewerken");

        assertThat(text(robot, "#partner-title")).isEqualTo("Huisartsenpraktijk De Linde");
        assertThat(text(robot, "#field-city")).isEqualTo("Zeist");
        assertThat(table(robot).getSelectionModel().getSelectedItem().name()).isEqualTo("Huisartsenpraktijk De Linde");

        clickRow(robot, "Zwembad De Wetering");
        robot.clickOn("Weggooien");

        assertThat(text(robot, "#partner-title")).isEqualTo("Zwembad De Wetering");
        assertThat(services().partners().get(sample.linde.id()).city()).isEqualTo("Utrecht");
    }

    @Test
    void movingToTheTrashCanBeUndone(FxRobot robot) {
        clickRow(robot, "Zwembad De Wetering");

        robot.clickOn("#partner-trash");

        assertThat(services().partners().get(sample.zwembad.id()).inTrash()).isTrue();
        assertThat(rowNames(robot)).doesNotContain("Zwembad De Wetering");
        assertThat(visible(robot, "Zwembad De Wetering staat in de prullenbak.")).isTrue();

        robot.clickOn("Ongedaan maken");

        assertThat(services().partners().get(sample.zwembad.id()).inTrash()).isFalse();
        assertThat(rowNames(robot)).contains("Zwembad De Wetering");
        assertThat(table(robot).getSelectionModel().getSelectedItem().name()).isEqualTo("Zwembad De Wetering");
        assertThat(text(robot, "#partner-title")).isEqualTo("Zwembad De Wetering");
    }

    @Test
    void deletingAContactPersonMovesThemToTheTrashAndTheNoticeBringsThemBackWithTheirMoments(FxRobot robot) {
        clickRow(robot, "Huisartsenpraktijk De Linde");
        robot.clickOn("#tab-persons");
        robot.clickOn("Marieke Jansen — praktijkondersteuner");
        long kennismaking = services().moments().timeline(sample.linde.id()).getLast().moment().id();

        robot.clickOn("#person-delete");

        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("no question").isEmpty();
        assertThat(services().contactPersons().forPartner(sample.linde.id())).extracting(p -> p.name())
                .containsExactly("Dr. Pieter de Boer");
        assertThat(services().moments().get(kennismaking).contactPersonIds()).isEmpty();
        assertThat(tabText(robot, "tab-persons")).isEqualTo("Personen (1)");
        assertThat(visible(robot, "Contactpersoon Marieke Jansen verwijderd")).isTrue();

        robot.clickOn("Ongedaan maken");

        assertThat(services().contactPersons().get(sample.marieke.id()).email()).isEqualTo("m.jansen@delinde.example");
        assertThat(services().moments().get(kennismaking).contactPersonIds()).containsExactly(sample.marieke.id());
        assertThat(tabText(robot, "tab-persons")).isEqualTo("Personen (2)");
    }

    @Test
    void erasingAContactPersonAsksFirstAndRemovesEveryTrace(FxRobot robot) {
        clickRow(robot, "Huisartsenpraktijk De Linde");
        robot.clickOn("#tab-persons");
        robot.clickOn("Marieke Jansen — praktijkondersteuner");

        robot.clickOn("#person-erase");
        // The mentions are looked up in the background before the dialog opens.
        FxWait.until("the erase dialog", () -> visibleStartingWith(robot, "Marieke Jansen wordt gewist volgens de AVG"));
        assertThat(robot.lookup("#erase-confirm").queryButton().isDefaultButton())
                .as("Enter does not erase").isFalse();
        robot.clickOn("Definitief wissen");

        assertThat(services().contactPersons().forPartner(sample.linde.id())).extracting(p -> p.name())
                .containsExactly("Dr. Pieter de Boer");
        assertThat(services().contactPersons().countMentions("Marieke Jansen")).isZero();
        assertThat(services().contactPersons().countMentions("m.jansen@delinde.example")).isZero();
        assertThat(tabText(robot, "tab-persons")).isEqualTo("Personen (1)");
    }

    @Test
    void addsAContactPersonCheckingTheEmailAsYouType(FxRobot robot) {
        clickRow(robot, "Zwembad De Wetering");
        robot.clickOn("#tab-persons");
        robot.clickOn("#person-add");

        // The headless platform sends keys to the window clicked last, so click into the dialog first.
        robot.clickOn(inDialog(robot, "#field-name")).write("Sanne Bakker");
        robot.clickOn(inDialog(robot, "#field-email")).write("sanne@");
        assertThat(visible(robot, "'sanne@' is geen e-mailadres (zoals naam@voorbeeld.nl)")).isTrue();
        robot.write("wetering.example");
        robot.clickOn("#person-save");

        assertThat(services().contactPersons().forPartner(sample.zwembad.id())).singleElement()
                .satisfies(p -> assertThat(p.email()).isEqualTo("sanne@wetering.example"));
        assertThat(tabText(robot, "tab-persons")).isEqualTo("Personen (1)");
    }

    @Test
    void switchingLanguageChangesTheTextsAndKeepsTheData(FxRobot robot) {
        int before = services().partners().count(PartnerQuery.all());

        robot.clickOn("Beeld").clickOn("English");

        assertThat(robot.lookup("#column-last-contact").queryAll()).isNotEmpty();
        assertThat(robot.lookup("Last contact").tryQuery()).isPresent();
        assertThat(text(robot, "#partner-count")).isEqualTo("7 partners");
        assertThat(text(robot, "#new-partner")).isEqualTo("New partner");
        clickRow(robot, "Huisartsenpraktijk De Linde");
        assertThat(text(robot, "#partner-subtitle")).isEqualTo("GP · Utrecht · Active · contact every 90 days");
        assertThat(visible(robot, "16/11/2026 · Phone")).isTrue();
        assertThat(services().partners().count(PartnerQuery.all())).isEqualTo(before);
    }
}
