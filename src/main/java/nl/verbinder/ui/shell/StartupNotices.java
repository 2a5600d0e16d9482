package nl.verbinder.ui.shell;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.verbinder.ui.area.Area;
import nl.verbinder.ui.area.UiContext;

/**
 * Shows what {@link StartupViewModel} found: the quiet attention notice under the sidebar's
 * areas (where it covers nothing) until it is closed or Aandacht is opened, and the welcome
 * question on a first start. Made with every scene; an old scene's notices stay away.
 */
public final class StartupNotices {

    private final StartupViewModel model;
    private final Sidebar sidebar;
    private Runnable dismiss;

    /**
     * @param onScreen   the area on screen now
     * @param keep       saves the settings (the welcome is asked once)
     * @param openDemo   what "Demo openen" does
     */
    public StartupNotices(UiContext context, Sidebar sidebar, NotificationArea notifications,
                          Supplier<Area> onScreen, Runnable keep, Runnable openDemo) {
        this.model = new StartupViewModel(context);
        this.sidebar = sidebar;
        model.attentionProperty().addListener((obs, old, count) -> {
            if (count.intValue() == 0 || !live() || onScreen.get() == Area.ATTENTION) {
                return;
            }
            dismiss();
            Region gap = new Region();
            VBox.setVgrow(gap, Priority.ALWAYS);
            VBox side = sidebar.node();
            Node[] notice = new Node[1];
            dismiss = () -> {
                side.getChildren().removeAll(gap, notice[0]);
                dismiss = null;
            };
            notice[0] = notifications.notice(context.text("attention.view.notice", count),
                    context.text("attention.view.notice.open"), () -> context.navigator().show(Area.ATTENTION), dismiss);
            side.getChildren().addAll(gap, notice[0]);
        });
        model.offerDemoProperty().addListener((obs, old, offer) -> {
            if (!offer) {
                return;
            }
            keep.run();
            ButtonType demo = new ButtonType(context.text("ui.welcome.demo"), ButtonData.OK_DONE);
            ButtonType start = new ButtonType(context.text("ui.welcome.empty"), ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.NONE, context.text("ui.welcome.message"), demo, start);
            alert.setTitle(context.text("ui.welcome.title"));
            alert.setHeaderText(context.text("ui.welcome.title"));
            if (context.dialogs().show(alert).filter(demo::equals).isPresent()) {
                openDemo.run();
            }
        });
    }

    public StartupViewModel model() {
        return model;
    }

    /** Takes the attention notice away, when it shows. */
    public void dismiss() {
        if (dismiss != null) {
            dismiss.run();
        }
    }

    /** Whether this scene is still the window's. */
    private boolean live() {
        return sidebar.node().getScene() != null;
    }
}
