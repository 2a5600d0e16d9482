package nl.verbinder.ui.trash;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.ui.AreasRobot.dialogText;
import static nl.verbinder.ui.AreasRobot.pressInDialog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.NotFoundException;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.ui.AreaTestBase;
import nl.verbinder.ui.WindowFixture;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class TrashViewTest extends AreaTestBase {

    private Partner linde;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage);
        linde = fixture.services().partners().create(aPartner().named("Huisartsenpraktijk De Linde").build());
        fixture.services().contactPersons().add(ContactPerson.newAt(linde.id(), "Eva de Graaf", "POH", null, null,
                null, null));
        for (int day = 1; day <= 2; day++) {
            fixture.services().moments().log(ContactMoment.builder().partnerId(linde.id())
                    .date(LocalDate.of(2026, 10, day)).kind(ContactKind.PHONE).summary("Overleg " + day).build());
        }
        fixture.services().partners().moveToTrash(linde.id());
        fixture.show();
    }

    @Test
    void restoringBringsThePartnerBackWithItsHistory(FxRobot robot) {
        robot.clickOn("#area-trash");
        assertThat(names(robot)).containsExactly("Huisartsenpraktijk De Linde");

        robot.clickOn("#trash-restore");

        assertThat(fixture.services().partners().get(linde.id()).inTrash()).isFalse();
        assertThat(fixture.services().partners().list(PartnerQuery.all())).hasSize(1);
        assertThat(fixture.services().moments().countForPartner(linde.id())).isEqualTo(2);
        assertThat(robot.lookup("De prullenbak is leeg").tryQuery()).isPresent();
        assertThat(robot.lookup("Huisartsenpraktijk De Linde staat weer bij de partners.").tryQuery()).isPresent();
    }

    @Test
    void deletingForGoodSaysWhatGoesAndOnlyDeletesWhenConfirmed(FxRobot robot) {
        robot.clickOn("#area-trash");

        robot.clickOn("#trash-delete");

        assertThat(dialogText(robot)).contains("Huisartsenpraktijk De Linde definitief verwijderen?")
                .contains("Met Huisartsenpraktijk De Linde verdwijnen ook 1 contactpersoon en 2 contactmomenten.");
        pressInDialog(robot, "Annuleren");
        assertThat(fixture.services().partners().get(linde.id()).inTrash()).isTrue();

        robot.clickOn("#trash-delete");
        pressInDialog(robot, "Definitief verwijderen");

        assertThatThrownBy(() -> fixture.services().partners().get(linde.id())).isInstanceOf(NotFoundException.class);
        assertThat(fixture.services().moments().countForPartner(linde.id())).isZero();
        assertThat(fixture.services().contactPersons().forPartner(linde.id())).isEmpty();
        assertThat(robot.lookup("De prullenbak is leeg").tryQuery()).isPresent();
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(FxRobot robot) {
        TableView<TrashRow> table = robot.lookup("#trash-table").queryAs(TableView.class);
        return table.getItems().stream().map(TrashRow::name).toList();
    }
}
