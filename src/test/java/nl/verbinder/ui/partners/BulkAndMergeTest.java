package nl.verbinder.ui.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.service.Services;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class BulkAndMergeTest extends PartnersTestBase {

    private Partner lindeTwice;
    private ContactPerson fromTwice;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    void before(Services services) {
        lindeTwice = services.partners().create(Partner.builder().name("huisartsenpraktijk de linde")
                .category(Category.GP).postcode("3511AB").website("www.delinde.example").build());
        fromTwice = services.contactPersons().add(ContactPerson.newAt(lindeTwice.id(), "Joost Smit", "assistent",
                null, null, null, null));
        services.moments().log(ContactMoment.builder().partnerId(lindeTwice.id()).date(LocalDate.of(2026, 9, 1))
                .kind(ContactKind.EMAIL).summary("Mail over de nieuwe website").build());
    }

    /**
     * Chooses a partner and the one under it, with Shift+Down. (The headless platform's clicks
     * carry no Ctrl, so Ctrl+click cannot be driven there.)
     */
    private void chooseTwo(FxRobot robot, String first) {
        clickRow(robot, first);
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
    }

    @Test
    void changesOwnerStatusAndTagsOfSeveralPartnersAtOnce(FxRobot robot) {
        chooseTwo(robot, "Diëtistenpraktijk Smaakvol");
        assertThat(visible(robot, "2 partners gekozen")).isTrue();

        robot.clickOn("#selection-change");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Object> owner = (ComboBox<Object>) inDialog(robot, "#bulk-owner");
            owner.getSelectionModel().select(owner.getItems().size() - 1); // the last therapist: Bram
            @SuppressWarnings("unchecked")
            ComboBox<PartnerStatus> status = (ComboBox<PartnerStatus>) inDialog(robot, "#bulk-status");
            status.setValue(PartnerStatus.DORMANT);
        });
        robot.clickOn(inDialog(robot, "#field-addTags")).write("zomer, kinderen");
        robot.clickOn(inDialog(robot, "#bulk-apply"));

        for (Partner p : new Partner[] {services().partners().resolve("Gemeente Utrecht, afdeling Volksgezondheid"),
            services().partners().resolve("Diëtistenpraktijk Smaakvol")}) {
            assertThat(p.ownerId()).isEqualTo(sample.bram.id());
            assertThat(p.status()).isEqualTo(PartnerStatus.DORMANT);
            assertThat(p.tags()).containsExactly("kinderen", "zomer");
        }
        assertThat(services().partners().get(sample.linde.id()).status()).isEqualTo(PartnerStatus.ACTIVE);
        assertThat(visible(robot, "2 partners gewijzigd.")).isTrue();
        assertThat(table(robot).getItems().stream().filter(r -> r.name().startsWith("Gemeente")).findFirst().orElseThrow()
                .statusText()).isEqualTo("Slapend");
    }

    @Test
    void movesSeveralToTheTrashAndUndoesThatInOneGo(FxRobot robot) {
        chooseTwo(robot, "Diëtistenpraktijk Smaakvol");

        robot.clickOn("#selection-trash");

        assertThat(services().partners().trash()).hasSize(2);
        assertThat(visible(robot, "2 partners staan in de prullenbak.")).isTrue();
        robot.clickOn("Ongedaan maken");
        assertThat(services().partners().trash()).isEmpty();
        assertThat(table(robot).getSelectionModel().getSelectedItems()).hasSize(2);
    }

    @Test
    void pointsOutTheLikelyDuplicateAndMergesItKeepingTheChosenValues(FxRobot robot) {
        assertThat(visible(robot, "Eén paar partners lijkt dubbel ingevoerd.")).isTrue();
        robot.clickOn("#duplicates-show");
        assertThat(visible(robot, "2 partners gekozen")).isTrue();

        robot.clickOn("#selection-merge");
        assertThat(visible(robot, "Dit is dezelfde organisatie. Kies per gegeven wat blijft.")).isTrue();
        assertThat(((javafx.scene.control.Button) inDialog(robot, "#merge-confirm")).isDefaultButton())
                .as("merging deletes one of the two: Enter does not do it").isFalse();
        robot.clickOn(inDialog(robot, "#merge-confirm"));

        Partner kept = services().partners().get(sample.linde.id());
        assertThat(kept.name()).isEqualTo("Huisartsenpraktijk De Linde");
        assertThat(kept.website()).isEqualTo("https://www.delinde.example");
        assertThat(kept.email()).isEqualTo("info@delinde.example");
        assertThat(services().contactPersons().forPartner(kept.id())).extracting(ContactPerson::name)
                .contains("Joost Smit", "Marieke Jansen");
        assertThat(services().moments().timeline(kept.id())).hasSize(3);
        assertThat(services().partners().count(PartnerQuery.all())).isEqualTo(7);
        assertThat(services().partners().likelyDuplicates()).isEmpty();
        assertThat(visible(robot, "Eén paar partners lijkt dubbel ingevoerd.")).isFalse();
        assertThat(text(robot, "#partner-title")).isEqualTo("Huisartsenpraktijk De Linde");
        assertThat(tabText(robot, "tab-timeline")).isEqualTo("Tijdlijn (3)");
    }

    @Test
    void theDetailPaneSaysWhichPartnerItLooksLike(FxRobot robot) {
        clickRow(robot, "Huisartsenpraktijk De Linde");

        assertThat(visible(robot, "Lijkt op huisartsenpraktijk de linde: dezelfde naam en postcode.")).isTrue();
        robot.clickOn("#duplicate-merge");
        robot.clickOn(robot.from(robot.lookup(".dialog-pane").queryAll())
                .lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.RadioButton r
                        && r.getText().equals("huisartsenpraktijk de linde")).<javafx.scene.Node>query());
        robot.clickOn(inDialog(robot, "#merge-confirm"));

        assertThat(services().partners().get(sample.linde.id()).name()).isEqualTo("huisartsenpraktijk de linde");
        assertThat(services().partners().count(PartnerQuery.all())).isEqualTo(7);
    }

    @Test
    void mergesTwoContactPersonsOfOnePartner(FxRobot robot) {
        ContactPerson twin = services().contactPersons().add(ContactPerson.newAt(sample.linde.id(), "M. Jansen", null,
                null, "030-1112233", null, null));
        services().moments().log(ContactMoment.builder().partnerId(sample.linde.id()).date(LocalDate.of(2026, 11, 20))
                .kind(ContactKind.PHONE).summary("Teruggebeld").contactPersonIds(Set.of(twin.id())).build());
        clickRow(robot, "Huisartsenpraktijk De Linde");
        robot.clickOn("#tab-persons");
        robot.clickOn("M. Jansen");
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);

        robot.clickOn("#person-merge");
        assertThat(((javafx.scene.control.Button) inDialog(robot, "#merge-confirm")).isDefaultButton()).isFalse();
        robot.clickOn(inDialog(robot, "#merge-confirm"));

        assertThat(services().contactPersons().forPartner(sample.linde.id())).extracting(ContactPerson::name)
                .containsExactlyInAnyOrder("Dr. Pieter de Boer", "M. Jansen");
        ContactPerson merged = services().contactPersons().get(twin.id());
        assertThat(merged.role()).isEqualTo("praktijkondersteuner");
        assertThat(merged.phone()).isNotNull();
        assertThat(services().moments().timeline(sample.linde.id()))
                .filteredOn(v -> v.moment().summary().startsWith("Kennismaking")).singleElement()
                .satisfies(v -> assertThat(v.moment().contactPersonIds()).containsExactly(twin.id()));
    }
}
