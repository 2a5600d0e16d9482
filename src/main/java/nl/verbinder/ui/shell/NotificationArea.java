package nl.verbinder.ui.shell;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import nl.verbinder.ui.fx.Icons;
import nl.verbinder.ui.fx.Notifier;
import nl.verbinder.ui.fx.UiStyles;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Notifications stacked in the bottom-right corner of the window. Each goes away after a
 * while or when closed; one with an action (undo) stays a little longer.
 */
public final class NotificationArea implements Notifier {

    private static final Duration SHORT = Duration.seconds(5);
    private static final Duration WITH_ACTION = Duration.seconds(12);

    private final VBox box = new VBox(8);

    public NotificationArea() {
        box.getStyleClass().add(UiStyles.NOTIFICATIONS);
        box.setAlignment(Pos.BOTTOM_RIGHT);
        box.setPickOnBounds(false);
        box.setMaxSize(420, Double.MAX_VALUE);
        box.setFillWidth(true);
    }

    public VBox node() {
        return box;
    }

    @Override
    public void notify(String message) {
        show(message, null, null);
    }

    @Override
    public void notify(String message, String actionLabel, Runnable action) {
        show(message, actionLabel, action);
    }

    /**
     * A notice that stays until it is closed or its action is used, for a corner of the window
     * where it covers nothing (the start-up notice sits under the sidebar's areas). {@code gone}
     * runs when it goes away, however that happens.
     */
    public Notification notice(String message, String actionLabel, Runnable action, Runnable gone) {
        Notification notice = new Notification(message, Icons.of(Material2AL.ALARM, 18));
        notice.getStyleClass().addAll(Styles.ELEVATED_1, "startup-notice");
        notice.setId("startup-notice");
        notice.setMaxWidth(Double.MAX_VALUE);
        Button button = new Button(actionLabel);
        button.getStyleClass().add(Styles.FLAT);
        button.setId("startup-notice-open");
        button.setOnAction(e -> {
            gone.run();
            action.run();
        });
        notice.setPrimaryActions(button);
        notice.setOnClose(e -> gone.run());
        return notice;
    }

    private void show(String message, String actionLabel, Runnable action) {
        Notification notification = new Notification(message, Icons.of(Material2AL.INFO, 18));
        notification.getStyleClass().add(Styles.ELEVATED_1);
        notification.setPrefWidth(400);
        notification.setMaxWidth(400);
        if (action != null) {
            Button button = new Button(actionLabel);
            button.getStyleClass().add(Styles.FLAT);
            button.setOnAction(e -> {
                box.getChildren().remove(notification);
                action.run();
            });
            notification.setPrimaryActions(button);
        }
        notification.setOnClose(e -> box.getChildren().remove(notification));
        box.getChildren().add(notification);
        PauseTransition life = new PauseTransition(action != null ? WITH_ACTION : SHORT);
        life.setOnFinished(e -> box.getChildren().remove(notification));
        life.play();
    }
}
