package nl.verbinder.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.Services;
import nl.verbinder.service.ServicesFactory;
import nl.verbinder.service.calendar.CalendarAddress;
import nl.verbinder.ui.area.Area;
import nl.verbinder.ui.area.AreaView;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.Navigator;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.area.UiSettings;
import nl.verbinder.ui.calendar.AgendaImportAction;
import nl.verbinder.ui.fx.FxDialogs;
import nl.verbinder.ui.fx.TaskRunner;
import nl.verbinder.ui.fx.Theme;
import nl.verbinder.ui.moments.LogMomentAction;
import nl.verbinder.ui.partners.PartnersView;
import nl.verbinder.ui.shell.AreaSwitcher;
import nl.verbinder.ui.shell.DatabaseSession;
import nl.verbinder.ui.shell.HelpMenu;
import nl.verbinder.ui.shell.MeChooser;
import nl.verbinder.ui.shell.MenuActions;
import nl.verbinder.ui.shell.NotificationArea;
import nl.verbinder.ui.shell.OutboxModel;
import nl.verbinder.ui.shell.OutboxStatus;
import nl.verbinder.ui.shell.Sidebar;
import nl.verbinder.ui.shell.StartupNotices;
import nl.verbinder.ui.shell.StatusBar;
import nl.verbinder.ui.shell.WindowState;
import nl.verbinder.ui.transfer.FxTransferFiles;
import nl.verbinder.ui.transfer.TransferFiles;
import nl.verbinder.ui.transfer.Transfers;

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
    /** Ctrl+/ opens the overview of the keys, as F1 does. */
    private static final javafx.scene.input.KeyCombination SHORTCUTS = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.SLASH, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
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
    private Messages messages;
    private UiContext context;
    private AreaSwitcher areas;
    private StartupNotices notices;
    private TransferFiles transferFiles;
    private Transfers transfers;
    private LogMomentAction logMoment;
    /** Until the first frame, the shown area does not load (see {@link Setup#loadAfterFirstFrame()}). */
    private boolean holdLoading;
    private MeChooser me;
    private MenuActions actions;
    /** Makes the window's dialogs; a test puts its own here to pick database files without a native chooser. */
    private java.util.function.BiFunction<Stage, Messages, FxDialogs> dialogs = FxDialogs::new;
    /** What other workstations change on a practice server, announced in this window. */
    private final nl.verbinder.ui.shell.LiveUpdatesModel live = new nl.verbinder.ui.shell.LiveUpdatesModel(
            () -> context == null ? new Changes() : context.changes()); // before the first scene: no view to tell

    /** The reminder as a desktop notification (opt-in): the system's notifier, made when first needed. */
    private final nl.verbinder.ui.week.DesktopReminder desktopReminder = new nl.verbinder.ui.week.DesktopReminder(
            nl.verbinder.ui.desktop.DesktopNotifier::forThisSystem);

    public MainWindow(Stage stage, Services services, Messages messages, Setup setup) {
        this.stage = stage;
        this.messages = messages;
        this.setup = setup;
        this.state = new WindowState(setup.settings(), setup.tasks(), WIDTH, HEIGHT);
        this.session = new DatabaseSession(setup.factory(), services, setup.tasks(), state);
        live.follow(services);
        session.onSwitched(opened -> {
            live.follow(opened);
            rebuild();
            notices.model().countAttention(); // another practice: say what needs attention in it
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
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                Platform.runLater(this::firstFrameDrawn);
            };
            scene.addPostLayoutPulseListener(once[0]);
        } else {
            firstFrameDrawn();
        }
    }

    /** What waits for the window to be up: the first area's data, the welcome question, the attention notice. */
    private void firstFrameDrawn() {
        holdLoading = false;
        areas.release();
        // After the window is up, so the question appears over it.
        Platform.runLater(() -> notices.model().checkFirstStart(session.isDemo()));
        Platform.runLater(() -> notices.model().countAttention());
        // Who uses this computer, asked once when the practice has therapists (after the welcome).
        Platform.runLater(() -> {
            if (setup.settings().welcomed()) {
                me.askOnce();
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
            areas.holdLoading();
        }
        areas.show(Area.PARTNERS);
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
        return areas.current();
    }

    /** The view of an area, made if it was not yet. */
    public AreaView view(Area area) {
        return areas.view(area);
    }

    @Override
    public void show(Area area) {
        areas.show(area);
    }

    /** Partners, with the new-partner form open: Bestand → Nieuwe partner… (Ctrl+N) from any area. */
    public void newPartner() {
        if (areas.show(Area.PARTNERS) && view(Area.PARTNERS) instanceof PartnersView partners) {
            partners.newPartner();
        }
    }

    @Override
    public void showPartner(long partnerId) {
        if (areas.show(Area.PARTNERS) && view(Area.PARTNERS) instanceof PartnersView partners) {
            partners.select(partnerId);
        }
    }

    @Override
    public void showGoal(long goalId) {
        if (areas.show(Area.GOALS) && view(Area.GOALS) instanceof nl.verbinder.ui.goals.GoalsView goals) {
            goals.selectGoal(goalId);
        }
    }

    @Override
    public void logMoment(Long partnerId) {
        logMoment.run(partnerId);
    }

    @Override
    public void exportPartners(PartnerQuery query) {
        transfers.exportPartners(query, true);
    }

    @Override
    public void openDemo() {
        if (areas.mayLeave()) {
            session.openDemo(this::openFailed);
        }
    }

    /** Opens this database file in the window (creating or updating it as needed). */
    public void openDatabase(Path file) {
        if (areas.mayLeave()) {
            session.open(file, this::openFailed);
        }
    }

    /** Bestand › Verbinden met praktijkserver…, filled from this address and saying why it is asked (at start). */
    public void connectServer(String address, String problem) {
        actions.connectServer(address, problem);
    }

    /** Where the dialogs come from (the database choosers among them): the system's unless a test puts its own. */
    public void useDialogs(java.util.function.BiFunction<Stage, Messages, FxDialogs> maker) {
        this.dialogs = maker;
    }

    /** Where import, export and backup files are chosen: the system's choosers unless a test puts its own here. */
    public void useTransferFiles(TransferFiles files) {
        this.transferFiles = files;
    }

    /** Where desktop notifications go: the system's unless a test puts its own here. */
    public void useDesktopNotifier(nl.verbinder.ui.desktop.DesktopNotifier notifier) {
        desktopReminder.use(notifier);
    }

    public void language(String language) {
        if (language.equals(messages.language())) {
            return;
        }
        if (areas.mayLeave()) {
            messages = Messages.forLanguage(language);
            if (transferFiles instanceof FxTransferFiles) {
                transferFiles = null; // the choosers' filter names are in the old language
            }
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
        transfers = new Transfers(context, this::transferFiles, setup.factory(), this::openDatabase);
        java.util.Optional<String> server = session.serverHost();
        stage.setTitle(messages.get("ui.window.title", server.map(host -> messages.get("ui.where.server", host))
                .orElse(String.valueOf(session.location().getFileName()))));
        areas = new AreaSwitcher(area -> AreaViews.create(area, context));
        logMoment = new LogMomentAction(context, areas::partnerInView, state::save);
        nl.verbinder.ui.week.MyWeekButton myWeek = new nl.verbinder.ui.week.MyWeekButton(context, desktopReminder);
        AgendaImportAction agenda = new AgendaImportAction(context, this::transferFiles,
                session.dataFolder().resolve(CalendarAddress.FILE_NAME));
        actions = new MenuActions(context, new MenuActions.Targets(session, this::openDatabase,
                this::openDemo, transfers::start, logMoment,
                this::language, this::theme, this::quit,
                agenda::run, agenda::fetchByAddress,
                new nl.verbinder.ui.brief.MeetingBriefAction(context, areas::partnerInView, this::transferFiles)::run,
                myWeek::open));
        Sidebar sidebar = new Sidebar(messages, areas::show);
        areas.showIn(sidebar);
        myWeek.addTo(sidebar.node());
        notices = new StartupNotices(context, sidebar, notifications, areas::current, state::save, this::openDemo);
        areas.onAttention(notices::dismiss);
        StackPane centre = new StackPane(areas.node(), notifications.node());
        StackPane.setAlignment(notifications.node(), Pos.BOTTOM_RIGHT);
        BorderPane root = new BorderPane(centre);
        MenuBar menuBar = actions.bar(setup.settings().theme());
        me = new MeChooser(context);
        // "Nieuwe partner…" first in the Bestand menu, from every area (Ctrl+N; inside Partners its own key does the same).
        javafx.scene.control.MenuItem newPartner = new javafx.scene.control.MenuItem(messages.get("ui.menu.new-partner"),
                nl.verbinder.ui.fx.Icons.of(org.kordamp.ikonli.material2.Material2MZ.PERSON_ADD, 16));
        newPartner.setId("menu-new-partner");
        newPartner.setAccelerator(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.N,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        newPartner.setOnAction(e -> newPartner());
        menuBar.getMenus().getFirst().getItems().addAll(0, List.of(newPartner, new javafx.scene.control.SeparatorMenuItem()));
        // Bewerken › Ongedaan maken (Ctrl+Z): the last saved field edit. In a text field Ctrl+Z undoes typing first.
        nl.verbinder.ui.history.UndoViewModel undo = new nl.verbinder.ui.history.UndoViewModel(context);
        javafx.scene.control.MenuItem undoItem = new javafx.scene.control.MenuItem(messages.get("history.ui.undo.menu"),
                nl.verbinder.ui.fx.Icons.of(org.kordamp.ikonli.material2.Material2MZ.UNDO, 16));
        undoItem.setId("menu-undo");
        undoItem.setAccelerator(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.Z,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        undoItem.setOnAction(e -> undo.undo());
        javafx.scene.control.Menu edit = new javafx.scene.control.Menu(messages.get("history.ui.edit.menu"));
        edit.setId("menu-edit");
        edit.getItems().add(undoItem);
        menuBar.getMenus().add(1, edit);
        // "Wie ben ik…" at the end of the Beeld menu.
        menuBar.getMenus().get(menuBar.getMenus().size() - 1).getItems()
                .addAll(new javafx.scene.control.SeparatorMenuItem(), me.menuItem());
        HelpMenu help = new HelpMenu(context, stage, session.dataFolder());
        menuBar.getMenus().add(help.menu());
        root.setTop(menuBar);
        root.setLeft(sidebar.node());
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (SHORTCUTS.match(e)) {
                e.consume();
                help.showShortcuts();
            }
        });
        // Icons only in a narrow window, so the area keeps its room (see Sidebar#COMPACT_BELOW).
        root.widthProperty().addListener((obs, old, width) ->
                sidebar.compact(width.doubleValue() > 0 && width.doubleValue() < Sidebar.COMPACT_BELOW));
        StatusBar status = new StatusBar(messages, session.location(), session.isDemo(), setup.tasks().busyProperty())
                .first(me.statusNode());
        server.ifPresent(host -> status.onServer(host, session.location().toString(),
                live.connectedProperty()));
        status.node().getChildren().add(1, new OutboxStatus(context, new OutboxModel(context)).node());
        root.setBottom(status.node());
        return root;
    }

    private void rebuild() {
        Area keep = areas.current() == null ? Area.PARTNERS : areas.current();
        stage.getScene().setRoot(buildRoot());
        areas.show(keep);
    }

    private void theme(Theme theme) {
        theme.apply();
        setup.settings().theme(theme);
        state.save();
    }

    private void openFailed(RuntimeException failure) {
        context.showFailure(failure);
    }

    private TransferFiles transferFiles() {
        if (transferFiles == null) {
            transferFiles = new FxTransferFiles(stage, messages, () -> session.location().toAbsolutePath().getParent());
        }
        return transferFiles;
    }

    private void closing(WindowEvent event) {
        if (areas.mayLeave()) {
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
