package nl.verbinder.ui.history;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.TherapistBuilder.aTherapist;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.ui.AreaTestBase;
import nl.verbinder.ui.AreasRobot;
import nl.verbinder.ui.FxWait;
import nl.verbinder.ui.WindowFixture;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Bewerken › Ongedaan maken (Ctrl+Z) in the window: the last saved edit comes back, or a refusal says why not. */
class UndoMenuTest extends AreaTestBase {

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage);
        fixture.show();
    }

    private MenuItem undoItem(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-undo".equals(i.getId())).findFirst()
                .orElseThrow();
    }

    private static String notificationsText(FxRobot robot) {
        return String.join("\n", robot.lookup(".notifications").queryAs(javafx.scene.layout.VBox.class).getChildren()
                .stream().filter(n -> n instanceof atlantafx.base.controls.Notification)
                .map(n -> ((atlantafx.base.controls.Notification) n).getMessage()).toList());
    }

    @Test
    void theLastSavedEditIsUndoneFromTheEditMenuWithCtrlZ(FxRobot robot) {
        Partner linde = services().partners().create(aPartner().named("De Linde").withStatus(PartnerStatus.PROSPECT)
                .build());
        services().partners().update(services().partners().get(linde.id()).toBuilder().name("De Linde (Oost)")
                .status(PartnerStatus.ACTIVE).build());

        assertThat(undoItem(robot).getAccelerator())
                .isEqualTo(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        assertThat(undoItem(robot).getText()).isEqualTo("Ongedaan maken");
        robot.clickOn("Bewerken").clickOn("#menu-undo");

        FxWait.until("the undo notice", () -> notificationsText(robot).contains("Ongedaan gemaakt"));
        Partner back = services().partners().get(linde.id());
        assertThat(back.name()).isEqualTo("De Linde");
        assertThat(back.status()).isEqualTo(PartnerStatus.PROSPECT);
        assertThat(notificationsText(robot)).contains("De Linde");
    }

    @Test
    void anEditChangedSinceBySomeoneElseIsRefusedWithAClearMessage(FxRobot robot) {
        long bram = services().therapists().add(aTherapist().named("Bram Jansen").build()).id();
        Partner linde = services().partners().create(aPartner().named("De Linde").withStatus(PartnerStatus.PROSPECT)
                .build());
        services().partners().update(services().partners().get(linde.id()).toBuilder().status(PartnerStatus.ACTIVE)
                .build());
        var me = services().history().actor().orElse(null);
        services().history().actAs(bram);
        services().partners().update(services().partners().get(linde.id()).toBuilder().name("De Linde (Oost)").build());
        services().history().actAs(me);

        robot.clickOn("Bewerken").clickOn("#menu-undo");

        FxWait.until("the refusal", () -> AreasRobot.dialogText(robot).contains("na jouw wijziging nog gewijzigd"));
        assertThat(services().partners().get(linde.id()).status()).isEqualTo(PartnerStatus.ACTIVE);
        robot.type(KeyCode.ENTER);
    }
}
