package nl.verbinder.ui.shell;

import java.util.function.BiFunction;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.verbinder.i18n.Messages;
import nl.verbinder.ui.area.Area;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.Navigator;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.FxDialogs;
import nl.verbinder.ui.fx.Theme;

/**
 * The main window's scene, in the window's language: each build a new {@link UiContext} and a
 * new {@link ShellScene}. Another database or language builds it anew in the same window, on
 * the area that was on screen (views are cheap and hold no state worth keeping).
 */
public final class WindowScenes {

    private final Stage stage;
    private final WindowSetup setup;
    private Messages messages;
    /** Makes the window's dialogs; a test puts its own here to pick database files without a native chooser. */
    private BiFunction<Stage, Messages, FxDialogs> dialogs = FxDialogs::new;
    private ShellScene.Parts parts;
    private Navigator navigator;
    private ShellScene.Verbs verbs;
    private UiContext context; // made anew with each scene, as is the shell
    private ShellScene shell;

    public WindowScenes(Stage stage, WindowSetup setup, Messages messages) {
        this.stage = stage;
        this.setup = setup;
        this.messages = messages;
    }

    /**
     * What every scene is built over, given once before the first: what outlives a scene, where
     * the user goes, and the window's own verbs for the menus.
     */
    public void buildOver(ShellScene.Parts parts, Navigator navigator, ShellScene.Verbs verbs) {
        this.parts = parts;
        this.navigator = navigator;
        this.verbs = verbs;
    }

    /**
     * Builds the scene on the Partners area and puts it in the window, without showing it
     * (screenshots); with {@code holdLoading} the area loads its data only at {@link #firstFrameDrawn()}.
     */
    public Scene create(double width, double height, boolean holdLoading) {
        setup.settings().theme().apply();
        Scene scene = new Scene(buildRoot(), width, height);
        scene.getStylesheets().add(Theme.STYLESHEET);
        stage.setScene(scene);
        if (holdLoading) {
            areas().holdLoading();
        }
        areas().show(Area.PARTNERS);
        return scene;
    }

    /** What waits for the window to be up: the first area's data, the welcome question, the attention notice. */
    public void firstFrameDrawn() {
        areas().release();
        // After the window is up, so the question appears over it.
        Platform.runLater(() -> shell.notices().model().checkFirstStart(parts.session().isDemo()));
        Platform.runLater(() -> shell.notices().model().countAttention());
        // Who uses this computer, asked once when the practice has therapists (after the welcome).
        Platform.runLater(() -> {
            if (setup.settings().welcomed()) {
                shell.me().askOnce();
            }
        });
    }

    /** Builds the scene anew (another database), on the area that was on screen. */
    public void rebuild() {
        rebuild(messages);
    }

    /** Builds the scene anew in these texts (another language), on the area that was on screen. */
    public void rebuild(Messages texts) {
        messages = texts;
        Area keep = areas().current() == null ? Area.PARTNERS : areas().current();
        stage.getScene().setRoot(buildRoot());
        areas().show(keep);
    }

    /** The scene on screen; null before the first. */
    public ShellScene current() {
        return shell;
    }

    public AreaSwitcher areas() {
        return shell.areas();
    }

    public UiContext context() {
        return context;
    }

    /** The window's texts, in the language it speaks now. */
    public Messages messages() {
        return messages;
    }

    /** Where the scene on screen announces changes; before the first scene there is no view to tell. */
    public Changes changes() {
        return context == null ? new Changes() : context.changes();
    }

    /** Where the dialogs come from (the database choosers among them): the system's unless a test puts its own. */
    public void useDialogs(BiFunction<Stage, Messages, FxDialogs> maker) {
        this.dialogs = maker;
    }

    private Parent buildRoot() {
        NotificationArea notifications = new NotificationArea();
        context = new UiContext(parts.session().services(), messages, setup.tasks(), dialogs.apply(stage, messages),
                notifications, new Changes(), navigator, setup.settings(), setup.typingPause());
        context.actAsMe();
        shell = new ShellScene(context, notifications, parts, verbs, setup.settings().theme());
        return shell.root();
    }
}
