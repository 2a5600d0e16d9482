package nl.verbinder.ui.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.domain.PartnerStatus;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.api.FxRobot;

class PartnerListTest extends PartnersTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void listsEveryPartnerWithTheCount(FxRobot robot) {
        assertThat(rowNames(robot)).hasSize(7).startsWith(
                "Coöperatieve Vereniging Samenwerkende Huisartsen en Gezondheidscentra Utrechtse Heuvelrug en Omstreken",
                "Diëtistenpraktijk Smaakvol");
        assertThat(text(robot, "#partner-count")).isEqualTo("7 partners");
    }

    @Test
    void searchAsYouTypeMatchesNamesCitiesContactPersonsAndTags(FxRobot robot) {
        robot.clickOn("#partner-search").write("linde");
        assertThat(rowNames(robot)).containsExactly("Huisartsenpraktijk De Linde");
        assertThat(text(robot, "#partner-count")).isEqualTo("1 van 7 partners");

        retype(robot, "#partner-search", "marieke");
        assertThat(rowNames(robot)).containsExactly("Huisartsenpraktijk De Linde");

        retype(robot, "#partner-search", "zeist");
        assertThat(rowNames(robot)).containsExactly("Zwembad De Wetering");

        retype(robot, "#partner-search", "ouderen");
        assertThat(rowNames(robot)).containsExactly("Huisartsenpraktijk De Linde");

        robot.push(KeyCode.ESCAPE);
        assertThat(rowNames(robot)).hasSize(7);
    }

    @Test
    void filtersByCategoryStatusOwnerAndAttention(FxRobot robot) {
        choose(robot, "#filter-category", Category.GP);
        assertThat(rowNames(robot)).containsExactlyInAnyOrder("Huisartsenpraktijk De Linde",
                sample.longName.name());

        choose(robot, "#filter-category", null);
        choose(robot, "#filter-status", PartnerStatus.PROSPECT);
        assertThat(rowNames(robot)).containsExactly("Verloskundigenpraktijk Oost");

        choose(robot, "#filter-status", null);
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Object> owner = robot.lookup("#filter-owner").queryAs(ComboBox.class);
            owner.setValue(owner.getItems().stream().filter(t -> t != null && t.toString().contains("Bram")).findFirst()
                    .orElseThrow());
        });
        assertThat(rowNames(robot)).containsExactly("Verloskundigenpraktijk Oost");

        choose(robot, "#filter-owner", null);
        // The swimming pool's last contact was 200 days ago, past its 180-day rhythm.
        services().moments().log(ContactMoment.builder().partnerId(sample.zwembad.id())
                .date(services().clock().instant().atZone(services().clock().getZone()).toLocalDate().minusDays(200))
                .kind(ContactKind.PHONE).summary("Zwemles voor kinderen met DCD besproken").build());
        robot.clickOn("#filter-attention");
        // The filter is the attention engine's list: De Linde for its overdue follow-up (its last
        // contact, a week ago, is within its rhythm), the pool for its rhythm; the dormant club is not counted.
        assertThat(rowNames(robot)).contains("Huisartsenpraktijk De Linde", "Zwembad De Wetering")
                .doesNotContain("Sportvereniging 't Hoogland");
        assertThat(rowNames(robot)).hasSize(services().partners().count(PartnerQuery.all().withNeedsAttention(true)));
    }

    @Test
    void columnsSortByLastContactWithNeverAsTheOldest(FxRobot robot) {
        // JavaFX 26's headless robot marks every click as a popup trigger, which table headers
        // ignore; so the sort is chosen as a header click chooses it.
        robot.interact(() -> table(robot).getSortOrder().setAll(table(robot).getColumns().get(3)));

        assertThat(rowNames(robot).getLast()).isEqualTo("Huisartsenpraktijk De Linde");

        robot.interact(() -> table(robot).getColumns().get(3).setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING));

        assertThat(rowNames(robot).getFirst()).isEqualTo("Huisartsenpraktijk De Linde");
    }

    @Test
    void namesSortTheDutchWayIgnoringAccentsAndCase(FxRobot robot) {
        assertThat(rowNames(robot)).containsExactly(
                "Coöperatieve Vereniging Samenwerkende Huisartsen en Gezondheidscentra Utrechtse Heuvelrug en Omstreken",
                "Diëtistenpraktijk Smaakvol", "Gemeente Utrecht, afdeling Volksgezondheid",
                "Huisartsenpraktijk De Linde", "Sportvereniging 't Hoogland", "Verloskundigenpraktijk Oost",
                "Zwembad De Wetering");
    }

    @Test
    void createsAPartnerWithValidationAsYouType(FxRobot robot) {
        robot.clickOn("#new-partner");
        robot.write("Fysiofit Sportschool");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Category> category = robot.lookup("#field-category").queryAs(ComboBox.class);
            category.setValue(Category.GYM);
        });
        robot.clickOn("#field-postcode").write("35");
        assertThat(visibleStartingWith(robot, "'35' is geen Nederlandse postcode")).isTrue();
        robot.write("12ab");
        assertThat(visibleStartingWith(robot, "'3512ab' is geen")).isFalse();

        save(robot);

        Partner stored = services().partners().resolve("Fysiofit Sportschool");
        assertThat(stored.category()).isEqualTo(Category.GYM);
        assertThat(stored.postcode()).isEqualTo("3512 AB");
        assertThat(rowNames(robot)).contains("Fysiofit Sportschool");
        assertThat(table(robot).getSelectionModel().getSelectedItem().name()).isEqualTo("Fysiofit Sportschool");
        assertThat(text(robot, "#partner-title")).isEqualTo("Fysiofit Sportschool");
        assertThat(text(robot, "#field-postcode")).isEqualTo("3512 AB");
    }

    @Test
    void aNewPartnerWithoutNameIsRefusedNextToTheField(FxRobot robot) {
        robot.clickOn("#new-partner");

        save(robot);

        assertThat(visible(robot, "vul dit in")).isTrue();
        assertThat(services().partners().count(PartnerQuery.all())).isEqualTo(7);
    }

    private void choose(FxRobot robot, String query, Object value) {
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Object> box = robot.lookup(query).queryAs(ComboBox.class);
            box.setValue(value);
        });
    }

    @SuppressWarnings("unused")
    private static Set<String> names(java.util.List<PartnerRow> rows) {
        return Set.copyOf(rows.stream().map(PartnerRow::name).toList());
    }
}
