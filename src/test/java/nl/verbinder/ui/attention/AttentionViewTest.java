package nl.verbinder.ui.attention;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.ui.WindowFixture;
import nl.verbinder.ui.common.Area;
import nl.verbinder.ui.common.Changes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class AttentionViewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    private WindowFixture fixture;
    private Partner gp;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage);
        gp = partner("Huisartsenpraktijk De Linde", Category.GP, TODAY.minusDays(100));
        partner("Sportvereniging Hercules", Category.SPORTS_CLUB, TODAY.minusDays(200));
        partner("Gemeente Amersfoort", Category.MUNICIPALITY, null);
        partner("Diëtistenpraktijk 't Hart", Category.DIETITIAN, TODAY.minusDays(10));
        fixture.show();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void listsOverduePartnersNeverContactedFirstThenMostOverdue(FxRobot robot) {
        robot.clickOn("#area-attention");

        // The municipality was added today: never contacted, but within the 14 days a new partner gets.
        assertThat(rows(robot)).extracting(AttentionRow::name)
                .containsExactly("Sportvereniging Hercules", "Huisartsenpraktijk De Linde");
        assertThat(rows(robot)).extracting(AttentionRow::daysOverdue).containsExactly(80, 10);
        assertThat(robot.lookup("#attention-count").queryLabeled().getText()).isEqualTo("2 relaties vragen aandacht");
        assertThat(fixture.services().partners().count(PartnerQuery.all().withOverdueOnly(true))).isEqualTo(2);
    }

    @Test
    void aNewContactMomentTakesThePartnerOffTheList(FxRobot robot) {
        robot.clickOn("#area-attention");

        robot.interact(() -> {
            fixture.services().moments().log(ContactMoment.builder().partnerId(gp.id()).date(TODAY)
                    .kind(ContactKind.PHONE).summary("Even gebeld").build());
            fixture.window().context().changes().announce(Changes.Topic.MOMENTS);
        });

        assertThat(rows(robot)).extracting(AttentionRow::name).containsExactly("Sportvereniging Hercules");
    }

    @Test
    void openingAPartnerGoesToThePartnersArea(FxRobot robot) {
        robot.clickOn("#area-attention");

        robot.clickOn("#attention-open");

        assertThat(fixture.window().currentArea()).isEqualTo(Area.PARTNERS);
    }

    private Partner partner(String name, Category category, LocalDate lastContact) {
        Partner partner = fixture.services().partners().create(aPartner().named(name).inCategory(category).build());
        if (lastContact != null) {
            fixture.services().moments().log(ContactMoment.builder().partnerId(partner.id()).date(lastContact)
                    .kind(ContactKind.IN_PERSON).summary("Kennismaking").build());
        }
        return partner;
    }

    @SuppressWarnings("unchecked")
    private static List<AttentionRow> rows(FxRobot robot) {
        return robot.lookup("#attention-table").queryAs(TableView.class).getItems();
    }
}
