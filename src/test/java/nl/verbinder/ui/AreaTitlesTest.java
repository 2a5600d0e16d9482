package nl.verbinder.ui;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import nl.verbinder.ui.area.Area;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Every area's title sits on the same line, whether its header has a button or not. */
class AreaTitlesTest extends AreaTestBase {

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage);
        fixture.services().partners().create(aPartner().named("Huisartsenpraktijk De Linde").build());
        fixture.show();
    }

    @Test
    void everyAreaTitleIsAtTheSameHeight(FxRobot robot) {
        Map<Area, Double> titleCentres = new LinkedHashMap<>();
        for (Area area : Area.values()) {
            robot.interact(() -> fixture.window().navigator().show(area));
            FxWait.laidOut();
            robot.lookup(".area-header").match(Node::isVisible).tryQueryAs(HBox.class).ifPresent(header -> {
                Label title = (Label) header.getChildren().getFirst();
                Bounds bounds = title.localToScene(title.getLayoutBounds());
                titleCentres.put(area, Math.round(bounds.getCenterY() * 2) / 2.0);
            });
        }
        assertThat(titleCentres).as("areas with a title").containsKeys(Area.ATTENTION, Area.MOMENTS, Area.PRACTICE,
                Area.INSIGHT);
        assertThat(titleCentres.values().stream().distinct().toList()).as(titleCentres.toString()).hasSize(1);
    }
}
