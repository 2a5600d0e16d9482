package nl.verbinder.ui.trash;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.ui.AreasRobot.dialogText;
import static nl.verbinder.ui.AreasRobot.pressInDialog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.NotFoundException;
import nl.verbinder.domain.Partner;
import nl.verbinder.ui.AreaTestBase;
import nl.verbinder.ui.WindowFixture;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The Prullenbak with a contact moment and a partner in it: each restored, or deleted for good after a question Enter does not answer. */
class TrashItemsViewTest extends AreaTestBase {

    private Partner linde;
    private long eva;
    private long moment;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage);
        linde = fixture.services().partners().create(aPartner().named("Huisartsenpraktijk De Linde").build());
        Partner zwembad = fixture.services().partners().create(aPartner().named("Zwembad De Wetering").build());
        eva = fixture.services().contactPersons().add(ContactPerson.newAt(linde.id(), "Eva de Graaf", "POH", null, null,
                null, null)).id();
        moment = fixture.services().moments().log(ContactMoment.builder().partnerId(linde.id())
                .date(LocalDate.of(2026, 10, 1)).kind(ContactKind.PHONE).summary("Overleg valpreventie")
                .contactPersonIds(Set.of(eva)).build()).id();
        fixture.services().partners().moveToTrash(zwembad.id());
        fixture.services().moments().moveToTrash(moment);
        fixture.show();
    }

    @Test
    void theTrashListsTheMomentWithItsKindAndPartnerAndRestoresItWithItsPerson(FxRobot robot) {
        robot.clickOn("#area-trash");

        assertThat(rows(robot)).extracting(TrashRow::kind, TrashRow::name, TrashRow::details).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Contactmoment", "Overleg valpreventie", "Huisartsenpraktijk De Linde"),
                org.assertj.core.groups.Tuple.tuple("Partner", "Zwembad De Wetering", "Huisarts · Utrecht"));

        robot.clickOn("Overleg valpreventie");
        robot.clickOn("#trash-restore");

        assertThat(fixture.services().moments().get(moment).contactPersonIds()).containsExactly(eva);
        assertThat(rows(robot)).extracting(TrashRow::name).containsExactly("Zwembad De Wetering");
        assertThat(robot.lookup("Contactmoment \"Overleg valpreventie\" is teruggezet.").tryQuery()).isPresent();
    }

    @Test
    void deletingForGoodAsksAndEnterDoesNotConfirm(FxRobot robot) {
        robot.clickOn("#area-trash");
        robot.clickOn("Overleg valpreventie");

        robot.clickOn("#trash-delete");
        assertThat(dialogText(robot)).contains("Overleg valpreventie definitief verwijderen?")
                .contains("Contactmoment \"Overleg valpreventie\" verdwijnt voorgoed uit Verbinder.");
        Button confirm = robot.lookup(".dialog-pane .button")
                .match((Button b) -> "Definitief verwijderen".equals(b.getText())).queryAs(Button.class);
        assertThat(confirm.isDefaultButton()).as("the destructive button is not the default").isFalse();
        robot.type(KeyCode.ENTER);

        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(fixture.services().trash().list()).hasSize(1);

        robot.clickOn("#trash-delete");
        pressInDialog(robot, "Definitief verwijderen");

        assertThat(fixture.services().trash().list()).isEmpty();
        assertThatThrownBy(() -> fixture.services().moments().get(moment)).isInstanceOf(NotFoundException.class);
        assertThat(fixture.services().contactPersons().get(eva).name()).as("the person stays").isEqualTo("Eva de Graaf");
        assertThat(rows(robot)).extracting(TrashRow::name).containsExactly("Zwembad De Wetering");
    }

    @SuppressWarnings("unchecked")
    private static List<TrashRow> rows(FxRobot robot) {
        TableView<TrashRow> table = robot.lookup("#trash-table").queryAs(TableView.class);
        return table.getItems();
    }
}
