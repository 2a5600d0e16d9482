package nl.verbinder.ui;

import java.util.function.BiFunction;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.Services;
import nl.verbinder.ui.area.Area;
import nl.verbinder.ui.area.AreaView;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.desktop.DesktopNotifier;
import nl.verbinder.ui.fx.FxDialogs;
import nl.verbinder.ui.fx.Theme;
import nl.verbinder.ui.shell.DatabaseSession;
import nl.verbinder.ui.shell.FirstFrame;
import nl.verbinder.ui.shell.LiveUpdatesModel;
import nl.verbinder.ui.shell.ShellScene;
import nl.verbinder.ui.shell.WindowNavigator;
import nl.verbinder.ui.shell.WindowScenes;
import nl.verbinder.ui.shell.WindowSetup;
import nl.verbinder.ui.shell.WindowState;
import nl.verbinder.ui.shell.WindowVerbs;
import nl.verbinder.ui.transfer.TransferFileChoosers;
import nl.verbinder.ui.transfer.TransferFiles;
import nl.verbinder.ui.week.MyWeekEntry;

/**
 * The main window, as wiring: what lives as long as the window (the {@link DatabaseSession},
 * the {@link WindowState}, the file choosers, the Mijn week reminder, what other workstations
 * change), the scene built over it ({@link WindowScenes}), where the user goes
 * ({@link WindowNavigator}) and the window's own verbs ({@link WindowVerbs}).
 */
public final class MainWindow {

    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;
    /** The smallest window every area is laid out for (a laptop at 125% scaling leaves about this). */
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 640;

    private final Stage stage;
    private final WindowSetup setup;
    private final WindowState state;
    private final DatabaseSession session;
    private final TransferFileChoosers transferFiles;
    private final MyWeekEntry myWeek = new MyWeekEntry();
    private final WindowScenes scenes;
    private final WindowNavigator navigator;
    private final WindowVerbs verbs;

    public MainWindow(Stage stage, Services services, Messages messages, WindowSetup setup) {
        this.stage = stage;
        this.setup = setup;
        this.state = new WindowState(setup.settings(), setup.tasks(), WIDTH, HEIGHT);
        this.session = new DatabaseSession(setup.factory(), services, setup.tasks(), state);
        this.scenes = new WindowScenes(stage, setup, messages);
        this.transferFiles = new TransferFileChoosers(stage, scenes::messages,
                () -> session.location().toAbsolutePath().getParent());
        this.navigator = new WindowNavigator(scenes::current, session);
        this.verbs = new WindowVerbs(stage, state, scenes, transferFiles);
        // What other workstations change on a practice server, announced in this window.
        LiveUpdatesModel live = new LiveUpdatesModel(scenes::changes);
        scenes.buildOver(new ShellScene.Parts(stage, session, state, setup.factory(), transferFiles, myWeek, live,
                AreaViews::create), navigator, verbs.forMenus(navigator));
        live.follow(services);
        session.onSwitched(opened -> {
            live.follow(opened);
            scenes.rebuild();
            scenes.current().notices().model().countAttention(); // another practice: say what needs attention in it
        });
    }

    /** Shows the window where it was last time, on the Partners area; offers the demo on a first start. */
    public void show() {
        boolean holdLoading = setup.loadAfterFirstFrame(); // see WindowSetup
        Theme.styleEveryWindow(); // every dialog gets Verbinder's stylesheet: its edge in the dark theme
        Scene scene = scenes.create(WIDTH, HEIGHT, holdLoading);
        state.place(stage);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setScene(scene);
        stage.setOnCloseRequest(verbs::closing);
        stage.show();
        if (holdLoading) {
            FirstFrame.then(scene, scenes::firstFrameDrawn);
        } else {
            scenes.firstFrameDrawn();
        }
    }

    /** Builds the scene without showing the window (screenshots); the first area is Partners. */
    public Scene createScene(double width, double height) {
        return scenes.create(width, height, false);
    }

    /** The services over the database that is open now. */
    public Services services() {
        return session.services();
    }

    public UiContext context() {
        return scenes.context();
    }

    public Area currentArea() {
        return scenes.areas().current();
    }

    /** The view of an area, made if it was not yet. */
    public AreaView view(Area area) {
        return scenes.areas().view(area);
    }

    /** Where the user goes: an area, a partner, another database. */
    public WindowNavigator navigator() {
        return navigator;
    }

    /** The window's own verbs: language, theme, quit. */
    public WindowVerbs verbs() {
        return verbs;
    }

    /** Bestand › Verbinden met praktijkserver…, filled from this address and saying why it is asked (at start). */
    public void connectServer(String address, String problem) {
        scenes.current().actions().connectServer(address, problem);
    }

    /** Where the dialogs come from (the database choosers among them): the system's unless a test puts its own. */
    public void useDialogs(BiFunction<Stage, Messages, FxDialogs> maker) {
        scenes.useDialogs(maker);
    }

    /** Where import, export and backup files are chosen: the system's choosers unless a test puts its own here. */
    public void useTransferFiles(TransferFiles files) {
        transferFiles.use(files);
    }

    /** Where desktop notifications go: the system's unless a test puts its own here. */
    public void useDesktopNotifier(DesktopNotifier notifier) {
        myWeek.useNotifier(notifier);
    }
}
