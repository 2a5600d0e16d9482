package nl.verbinder.ui.attention;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.TestDatabase.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Notification;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.Partner;
import nl.verbinder.testutil.TestDatabase;
import nl.verbinder.ui.WindowFixture;
import nl.verbinder.ui.area.Area;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The quiet notice when the window opens: how many relationships need attention, none when nothing does. */
@ExtendWith(ApplicationExtension.class)
class AttentionNoticeTest {

    @TempDir
    Path folder;

    private WindowFixture fixture;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void theNoticeSaysHowManyAndOpensAandacht(FxRobot robot) {
        robot.interact(() -> {
            fixture = WindowFixture.in(folder, new Stage());
            overdue("Huisartsenpraktijk De Linde", Category.GP, 100);
            overdue("Sportvereniging Hercules", Category.SPORTS_CLUB, 200);
            overdue("Diëtistenpraktijk 't Hart", Category.DIETITIAN, 10);
            fixture.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(notices(robot)).containsExactly("2 relaties vragen aandacht");
        assertThat(fixture.window().currentArea()).isEqualTo(Area.PARTNERS);

        robot.clickOn(robot.lookup(".notification .button")
                .match((Node n) -> n instanceof Button b && "Open Aandacht".equals(b.getText())).queryAs(Button.class));

        assertThat(fixture.window().currentArea()).isEqualTo(Area.ATTENTION);
        assertThat(notices(robot)).isEmpty();
    }

    @Test
    void noNoticeWhenNothingNeedsAttention(FxRobot robot) {
        robot.interact(() -> {
            fixture = WindowFixture.in(folder, new Stage());
            overdue("Diëtistenpraktijk 't Hart", Category.DIETITIAN, 10);
            fixture.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(notices(robot)).isEmpty();
        robot.clickOn("#area-attention");
        assertThat(robot.lookup("Alle relaties zijn in orde").tryQuery()).isPresent();
    }

    @Test
    void noNoticeOnAnEmptyDatabase(FxRobot robot) {
        robot.interact(() -> fixture = WindowFixture.in(folder, new Stage()).show());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(notices(robot)).isEmpty();
        robot.clickOn("#area-attention");
        // A new practice is sent to its own profile and therapists first.
        assertThat(robot.lookup("Begin bij je praktijk").tryQuery()).isPresent();
    }

    @Test
    void openingAnotherDatabaseSaysWhatNeedsAttentionThere(FxRobot robot) {
        Path other;
        try (TestDatabase database = TestDatabase.in(folder.resolve("andere"))) {
            Partner gp = database.services().partners().create(aPartner().named("Huisartsenpraktijk Oost").build());
            database.services().moments().log(ContactMoment.builder().partnerId(gp.id()).date(TODAY.minusDays(120))
                    .kind(ContactKind.PHONE).summary("Gebeld").build());
            other = database.file();
        }
        robot.interact(() -> fixture = WindowFixture.in(folder, new Stage()).show());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notices(robot)).isEmpty();

        robot.interact(() -> fixture.window().navigator().openDatabase(other));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(notices(robot)).containsExactly("1 relatie vraagt aandacht");
    }

    private void overdue(String name, Category category, int daysAgo) {
        Partner partner = fixture.services().partners().create(aPartner().named(name).inCategory(category).build());
        fixture.services().moments().log(ContactMoment.builder().partnerId(partner.id()).date(TODAY.minusDays(daysAgo))
                .kind(ContactKind.PHONE).summary("Gebeld").build());
    }

    private static List<String> notices(FxRobot robot) {
        return robot.lookup(".notification").queryAllAs(Notification.class).stream().map(Notification::getMessage)
                .toList();
    }
}
