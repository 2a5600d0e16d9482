package nl.verbinder.ui.partners;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import nl.verbinder.domain.Partner;
import nl.verbinder.service.Services;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Persoonsgegevens… on a contact person: the inzage shows the record, the moments and every mention. */
class PersonalDataViewTest extends PartnersTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    void before(Services services) {
        Partner linde = services.partners().get(sample.linde.id());
        services.partners().update(linde.toBuilder().notes("Bel MARIEKE\nJANSEN op +31 6 12345678").build());
    }

    @Test
    void showsEverythingHeldAboutThePerson(FxRobot robot) throws Exception {
        clickRow(robot, "Huisartsenpraktijk De Linde");
        robot.clickOn("#tab-persons");
        robot.clickOn("Marieke Jansen — praktijkondersteuner");
        robot.clickOn("#person-data-open");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#person-data").tryQuery().isPresent());

        assertThat(visible(robot, "Persoonsgegevens van Marieke Jansen")).isTrue();
        assertThat(visible(robot, "Naam: Marieke Jansen")).isTrue();
        assertThat(visibleStartingWith(robot, "Contactmomenten waarbij de persoon was (")).isTrue();
        assertThat(visibleStartingWith(robot, "Vermeldingen in andere teksten (")).isTrue();
        assertThat(visible(robot, "Partner Huisartsenpraktijk De Linde · Notities (volledige naam)")).isTrue();
        assertThat(visibleStartingWith(robot, "Bel MARIEKE JANSEN op +31 6 12345678")).isTrue();
        assertThat(robot.lookup("#person-data-pdf").tryQuery()).isPresent();
    }
}
