package nl.verbinder.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BiFunction;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.Services;
import nl.verbinder.service.ServicesFactory;
import nl.verbinder.ui.area.Area;
import nl.verbinder.ui.area.AreaView;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.Navigator;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.area.UiSettings;
import nl.verbinder.ui.desktop.DesktopNotifier;
import nl.verbinder.ui.fx.FxDialogs;
import nl.verbinder.ui.fx.TaskRunner;
import nl.verbinder.ui.fx.Theme;
import nl.verbinder.ui.goals.GoalsView;
import nl.verbinder.ui.partners.PartnersView;
import nl.verbinder.ui.shell.AreaSwitcher;
import nl.verbinder.ui.shell.DatabaseSession;
import nl.verbinder.ui.shell.FirstFrame;
import nl.verbinder.ui.shell.LiveUpdatesModel;
import nl.verbinder.ui.shell.NotificationArea;
import nl.verbinder.ui.shell.ShellScene;
import nl.verbinder.ui.shell.WindowState;
import nl.verbinder.ui.transfer.TransferFileChoosers;
import nl.verbinder.ui.transfer.TransferFiles;
import nl.verbinder.ui.week.MyWeekEntry;

/**
 * The main window, as wiring: the menu, the sidebar of areas, the chosen area and the status
 * bar over the {@link DatabaseSession}. Changing the database or the language builds the scene
 * anew (views are cheap and hold no state worth keeping), in the same window.
 */
public final class MainWindow implements Navigator {

    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;
    /** The smallest window every area is laid out for (a laptop at 125% scaling leaves about this). */
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 640;

    /**
     * What the window needs besides the open database.
     *
     * @param typingPause         how long search-as-you-type waits; zero in tests
     * @param loadAfterFirstFrame whether {@link #show()} lets the first area load its data, and
     *                            counts what needs attention, only once the first frame is
     *                            drawn (the app); tests load at once, so every step has finished
     */
    public record Setup(ServicesFactory factory, UiSettings settings, TaskRunner tasks, Duration typingPause,
                        boolean loadAfterFirstFrame) {

        public Setup(ServicesFactory factory, UiSettings settings, TaskRunner tasks, Duration typingPause) {
            this(factory, settings, tasks, typingPause, false);
        }
    }

    private final Stage stage;
    private final Setup setup;
    private final WindowState state;
    private final DatabaseSession session;
    private final TransferFileChoosers transferFiles;
    private final ShellScene.Parts parts;
    private final MyWeekEntry myWeek = new MyWeekEntry();
    private UiContext context; // made anew with each scene, as is the shell
    /** What other workstations change on a practice server, announced in this window. */
    private final LiveUpdatesModel live = new LiveUpdatesModel(
            () -> context == null ? new Changes() : context.changes()); // before the first scene: no view to tell
    private Messages messages;
    /** Makes the window's dialogs; a test puts its own here to pick database files without a native chooser. */
    private BiFunction<Stage, Messages, FxDialogs> dialogs = FxDialogs::new;
    /** Until the first frame, the shown area does not load (see {@link Setup#loadAfterFirstFrame()}). */
    private boolean holdLoading;
    private ShellScene shell;

    public MainWindow(Stage stage, Services services, Messages messages, Setup setup) {
        this.stage = stage;
        this.messages = messages;
        this.setup = setup;
        this.state = new WindowState(setup.settings(), setup.tasks(), WIDTH, HEIGHT);
        this.session = new DatabaseSession(setup.factory(), services, setup.tasks(), state);
        this.transferFiles = new TransferFileChoosers(stage, () -> this.messages,
                () -> session.location().toAbsolutePath().getParent());
        this.parts = new ShellScene.Parts(stage, session, state, setup.factory(), transferFiles, myWeek, live,
                AreaViews::create);
        live.follow(services);
        session.onSwitched(opened -> {
            live.follow(opened);
            rebuild();
            shell.notices().model().countAttention(); // another practice: say what needs attention in it
        });
    }

    /** Shows the window where it was last time, on the Partners area; offers the demo on a first start. */
    public void show() {
        holdLoading = setup.loadAfterFirstFrame();
        Theme.styleEveryWindow(); // every dialog gets Verbinder's stylesheet: its edge in the dark theme
        Scene scene = createScene(WIDTH, HEIGHT);
        state.place(stage);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setScene(scene);
        stage.setOnCloseRequest(this::closing);
        stage.show();
        if (holdLoading) {
            FirstFrame.then(scene, this::firstFrameDrawn);
        } else {
            firstFrameDrawn();
        }
    }

    /** What waits for the window to be up: the first area's data, the welcome question, the attention notice. */
    private void firstFrameDrawn() {
        holdLoading = false;
        areas().release();
        // After the window is up, so the question appears over it.
        Platform.runLater(() -> shell.notices().model().checkFirstStart(session.isDemo()));
        Platform.runLater(() -> shell.notices().model().countAttention());
        // Who uses this computer, asked once when the practice has therapists (after the welcome).
        Platform.runLater(() -> {
            if (setup.settings().welcomed()) {
                shell.me().askOnce();
            }
        });
    }

    /** Builds the scene without showing the window (screenshots); the first area is Partners. */
    public Scene createScene(double width, double height) {
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

    /** The services over the database that is open now. */
    public Services services() {
        return session.services();
    }

    public UiContext context() {
        return context;
    }

    public Area currentArea() {
        return areas().current();
    }

    /** The view of an area, made if it was not yet. */
    public AreaView view(Area area) {
        return areas().view(area);
    }

    @Override
    public void show(Area area) {
        areas().show(area);
    }

    /** Partners, with the new-partner form open: Bestand → Nieuwe partner… (Ctrl+N) from any area. */
    public void newPartner() {
        areas().showAs(Area.PARTNERS, PartnersView.class).ifPresent(PartnersView::newPartner);
    }

    @Override
    public void showPartner(long partnerId) {
        areas().showAs(Area.PARTNERS, PartnersView.class).ifPresent(partners -> partners.select(partnerId));
    }

    @Override
    public void showGoal(long goalId) {
        areas().showAs(Area.GOALS, GoalsView.class).ifPresent(goals -> goals.selectGoal(goalId));
    }

    @Override
    public void logMoment(Long partnerId) {
        shell.logMoment().run(partnerId);
    }

    @Override
    public void exportPartners(PartnerQuery query) {
        shell.transfers().exportPartners(query, true);
    }

    @Override
    public void openDemo() {
        if (areas().mayLeave()) {
            session.openDemo(this::openFailed);
        }
    }

    /** Opens this database file in the window (creating or updating it as needed). */
    public void openDatabase(Path file) {
        if (areas().mayLeave()) {
            session.open(file, this::openFailed);
        }
    }

    /** Bestand › Verbinden met praktijkserver…, filled from this address and saying why it is asked (at start). */
    public void connectServer(String address, String problem) {
        shell.actions().connectServer(address, problem);
    }

    /** Where the dialogs come from (the database choosers among them): the system's unless a test puts its own. */
    public void useDialogs(BiFunction<Stage, Messages, FxDialogs> maker) {
        this.dialogs = maker;
    }

    /** Where import, export and backup files are chosen: the system's choosers unless a test puts its own here. */
    public void useTransferFiles(TransferFiles files) {
        transferFiles.use(files);
    }

    /** Where desktop notifications go: the system's unless a test puts its own here. */
    public void useDesktopNotifier(DesktopNotifier notifier) {
        myWeek.useNotifier(notifier);
    }

    public void language(String language) {
        if (language.equals(messages.language())) {
            return;
        }
        if (areas().mayLeave()) {
            messages = Messages.forLanguage(language);
            transferFiles.languageChanged();
            setup.settings().language(language);
            state.save();
        }
        rebuild(); // in the new language, or with the menu's language choice put back
    }

    public void quit() {
        WindowEvent request = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
        stage.fireEvent(request);
        if (!request.isConsumed()) {
            stage.close();
        }
    }

    private Parent buildRoot() {
        NotificationArea notifications = new NotificationArea();
        context = new UiContext(session.services(), messages, setup.tasks(), dialogs.apply(stage, messages),
                notifications, new Changes(), this, setup.settings(), setup.typingPause());
        context.actAsMe();
        shell = new ShellScene(context, notifications, parts, new ShellScene.Verbs(this::openDatabase,
                this::openDemo, this::language, this::theme, this::quit, this::newPartner), setup.settings().theme());
        return shell.root();
    }

    private AreaSwitcher areas() {
        return shell.areas();
    }

    private void rebuild() {
        Area keep = areas().current() == null ? Area.PARTNERS : areas().current();
        stage.getScene().setRoot(buildRoot());
        areas().show(keep);
    }

    private void theme(Theme theme) {
        theme.apply();
        setup.settings().theme(theme);
        state.save();
    }

    private void openFailed(RuntimeException failure) {
        context.showFailure(failure);
    }

    private void closing(WindowEvent event) {
        if (areas().mayLeave()) {
            state.remember(stage);
        } else {
            event.consume();
        }
    }

    /** Whether the database file exists (for the launcher: the last database may have moved). */
    public static boolean exists(Path file) {
        return file != null && Files.isRegularFile(file);
    }
}
