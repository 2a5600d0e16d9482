package nl.verbinder.ui.week;

import java.time.LocalDate;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.Icons;
import nl.verbinder.ui.fx.UiStyles;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * "Mijn week (3)" at the foot of the sidebar: how many of my follow-ups are overdue or due this
 * week, kept up to date when moments change; a click (or the menu's Ctrl+J) opens the list.
 */
public final class MyWeekButton {

    private final UiContext context;
    private final MyWeekModel model;
    private final Button button = new Button();
    private final DesktopReminder desktop;

    /** The button, with the window's desktop reminder (opt-in; it remembers the day across scenes). */
    public MyWeekButton(UiContext context, DesktopReminder desktop) {
        this.context = context;
        this.desktop = desktop;
        this.model = new MyWeekModel(context);
        button.setId("my-week");
        button.getStyleClass().add(UiStyles.SIDEBAR_BUTTON);
        button.setGraphic(Icons.of(Material2AL.EVENT_AVAILABLE, 18));
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.setMnemonicParsing(false);
        button.textProperty().bind(Bindings.createStringBinding(
                () -> context.text("week.ui.sidebar", model.countProperty().get()), model.countProperty()));
        button.setOnAction(e -> open());
        context.changes().listen(model::load, Changes.Topic.MOMENTS, Changes.Topic.PARTNERS);
        model.onLoaded(this::remindOncePerDay);
        model.load();
        // Once a day while the app runs: every half hour, a new day loads the list again (and reminds).
        daily.setCycleCount(Animation.INDEFINITE);
        daily.play();
        button.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((w, old, window) -> {
                    if (window != null) {
                        window.showingProperty().addListener((s, before, showing) -> {
                            if (!showing) {
                                daily.stop();
                            }
                        });
                    }
                });
            }
        });
    }

    private final Timeline daily = new Timeline(new KeyFrame(Duration.minutes(30), e -> newDay()));
    private LocalDate remindedOn;
    private LocalDate checkedOn;

    private void newDay() {
        if (!model.today().equals(checkedOn)) {
            model.load();
        }
    }

    /**
     * A quiet notice in the window, at most once a day: how many of my follow-ups are due today or
     * overdue, with "Mijn week" to open them. Nothing when there are none (the loading itself runs
     * in the background, so start-up never waits for it). Who opted in also gets it on the
     * desktop ({@link DesktopReminder}).
     */
    private void remindOncePerDay() {
        LocalDate today = model.today();
        checkedOn = today;
        int due = model.dueNowProperty().get();
        desktop.remind(context.settings(), context.messages(), today, due);
        if (due > 0 && !today.equals(remindedOn)) {
            remindedOn = today;
            context.notifier().notify(context.count("week.ui.reminder", due), context.text("week.ui.open"), this::open);
        }
    }

    /** Puts the button at the foot of the sidebar. */
    public void addTo(VBox sidebar) {
        sidebar.getChildren().add(button);
    }

    public void open() {
        new MyWeekDialog(context, new MyWeekModel(context)).showAndWait();
        model.load();
    }
}
