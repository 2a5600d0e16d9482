package nl.verbinder.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.ErrorText;
import nl.verbinder.service.Services;
import nl.verbinder.service.ServicesFactory;
import nl.verbinder.ui.common.Area;
import nl.verbinder.ui.common.AreaView;
import nl.verbinder.ui.common.Changes;
import nl.verbinder.ui.common.FxDialogs;
import nl.verbinder.ui.common.Navigator;
import nl.verbinder.ui.common.TaskRunner;
import nl.verbinder.ui.common.Theme;
import nl.verbinder.ui.common.UiContext;
import nl.verbinder.ui.common.UiSettings;
import nl.verbinder.ui.common.UiSettings.WindowBounds;
import nl.verbinder.ui.common.UiStyles;
import nl.verbinder.ui.insight.QuarterlyReportAction;
import nl.verbinder.ui.moments.LogMomentAction;
import nl.verbinder.ui.partners.PartnersView;
import nl.verbinder.ui.shell.NotificationArea;
import nl.verbinder.ui.shell.ShellActions;
import nl.verbinder.ui.shell.ShellMenu;
import nl.verbinder.ui.shell.Sidebar;
import nl.verbinder.ui.shell.StatusBar;
import nl.verbinder.ui.transfer.FxTransferFiles;
import nl.verbinder.ui.transfer.TransferAction;
import nl.verbinder.ui.transfer.TransferFiles;
import nl.verbinder.ui.transfer.Transfers;

/**
 * The main window: menu, sidebar of areas, the chosen area, status bar. It owns the open
 * database and the language; changing either builds the scene anew (views are cheap and hold
 * no state worth keeping across languages), in the same window.
 */
public final class MainWindow implements Navigator, ShellActions {

    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;
    /** The demo practice lives in its own file next to the default database. */
    public static final String DEMO_FILE = "verbinder-demo.db";

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
    private Services services;
    private Messages messages;
    private UiContext context;
    private final Map<Area, AreaView> views = new EnumMap<>(Area.class);
    private Area current;
    private StackPane content;
    private Sidebar sidebar;
    private Transfers transfers;
    private TransferFiles transferFiles;
    /** Until the first frame, the shown area's {@code shown()} waits here (see {@link Setup#loadAfterFirstFrame()}). */
    private boolean holdLoading;
    private AreaView heldView;
    private NotificationArea notifications;
    /** Takes the start-up notice away, while it shows. */
    private Runnable dismissNotice;
    private LogMomentAction logMoment;

    public MainWindow(Stage stage, Services services, Messages messages, Setup setup) {
        this.stage = stage;
        this.services = services;
        this.messages = messages;
        this.setup = setup;
    }

    /** Shows the window where it was last time, on the Partners area; offers the demo on a first start. */
    public void show() {
        holdLoading = setup.loadAfterFirstFrame();
        Scene scene = createScene(WIDTH, HEIGHT);
        placeWindow();
        stage.setScene(scene);
        stage.setOnCloseRequest(this::closing);
        stage.show();
        if (holdLoading) {
            afterFirstFrame(scene, this::firstFrameDrawn);
        } else {
            firstFrameDrawn();
        }
    }

    /** What waits for the window to be up: the first area's data, the welcome question, the attention notice. */
    private void firstFrameDrawn() {
        holdLoading = false;
        if (heldView != null) {
            AreaView view = heldView;
            heldView = null;
            view.shown();
        }
        // After the window is up, so the question appears over it.
        Platform.runLater(this::welcomeOnFirstStart);
        Platform.runLater(this::attentionNotice);
    }

    /** Runs {@code action} once, just after the first pulse that lays the scene out (and draws it). */
    private static void afterFirstFrame(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /**
     * The quiet start-up notice: how many relationships need attention, counted in the
     * background. It sits under the sidebar's areas, where it covers nothing, until it is
     * closed or Aandacht is opened.
     */
    private void attentionNotice() {
        UiContext shownIn = context;
        context.run(() -> services.attention().count(shownIn.today()), count -> {
            if (count == 0 || shownIn != context || current == Area.ATTENTION) {
                return;
            }
            Region gap = new Region();
            VBox.setVgrow(gap, Priority.ALWAYS);
            VBox side = sidebar.node();
            Node[] notice = new Node[1];
            dismissNotice = () -> {
                side.getChildren().removeAll(gap, notice[0]);
                dismissNotice = null;
            };
            notice[0] = notifications.notice(messages.get("attention.view.notice", count),
                    messages.get("attention.view.notice.open"), () -> show(Area.ATTENTION), dismissNotice);
            side.getChildren().addAll(gap, notice[0]);
        });
    }

    /** Builds the scene without showing the window (screenshots); the first area is Partners. */
    public Scene createScene(double width, double height) {
        setup.settings().theme().apply();
        Scene scene = new Scene(buildRoot(), width, height);
        scene.getStylesheets().add(Theme.STYLESHEET);
        stage.setScene(scene);
        showArea(Area.PARTNERS);
        return scene;
    }

    /** The services over the database that is open now. */
    public Services services() {
        return services;
    }

    public UiContext context() {
        return context;
    }

    public Area currentArea() {
        return current;
    }

    /** The view of an area, made if it was not yet. */
    public AreaView view(Area area) {
        return views.computeIfAbsent(area, a -> AreaViews.create(a, context));
    }

    // Navigation

    @Override
    public void show(Area area) {
        showArea(area);
    }

    @Override
    public void showPartner(long partnerId) {
        if (showArea(Area.PARTNERS) && view(Area.PARTNERS) instanceof PartnersView partners) {
            partners.select(partnerId);
        }
    }

    @Override
    public void logMoment(Long partnerId) {
        logMoment.run(partnerId);
    }

    @Override
    public void logMoment() {
        logMoment(null);
    }

    @Override
    public void quarterlyReport() {
        new QuarterlyReportAction(context).run();
    }

    private boolean showArea(Area area) {
        if (current == area) {
            sidebar.select(area);
            return true;
        }
        if (!mayLeaveCurrent()) {
            sidebar.select(current);
            return false;
        }
        AreaView view = view(area);
        content.getChildren().setAll(view.node());
        current = area;
        sidebar.select(area);
        if (area == Area.ATTENTION && dismissNotice != null) {
            dismissNotice.run();
        }
        if (holdLoading) {
            heldView = view;
        } else {
            view.shown();
        }
        return true;
    }

    private boolean mayLeaveCurrent() {
        return current == null || !views.containsKey(current) || views.get(current).mayLeave();
    }

    // Imports, exports, backups

    @Override
    public void transfer(TransferAction action) {
        transfers.start(action);
    }

    @Override
    public void exportPartners(PartnerQuery query) {
        transfers.exportPartners(query, true);
    }

    /** Where import, export and backup files are chosen: the system's choosers unless a test puts its own here. */
    public void useTransferFiles(TransferFiles files) {
        this.transferFiles = files;
    }

    private TransferFiles transferFiles() {
        if (transferFiles == null) {
            transferFiles = new FxTransferFiles(stage, messages, () -> services.location().toAbsolutePath().getParent());
        }
        return transferFiles;
    }

    // Menu actions

    @Override
    public void newDatabase() {
        context.dialogs().chooseNewDatabase(defaultFolder()).ifPresent(this::openNewDatabase);
    }

    /** Creates (or, when it exists, opens) the database file and switches to it. */
    public void openNewDatabase(Path file) {
        openDatabase(file);
    }

    @Override
    public void openDatabase() {
        context.dialogs().chooseDatabaseToOpen(services.location().getParent()).ifPresent(this::openDatabase);
    }

    /** Opens this database file in the window (creating or updating it as needed). */
    public void openDatabase(Path file) {
        if (!mayLeaveCurrent()) {
            return;
        }
        context.run(() -> setup.factory().open(file), this::switchTo,
                refusal -> context.dialogs().error(ErrorText.describe(messages, refusal)));
    }

    @Override
    public void openOwnDatabase() {
        openDatabase(setup.factory().defaultLocation());
    }

    @Override
    public void openDemo() {
        if (!mayLeaveCurrent()) {
            return;
        }
        Path file = demoFile();
        context.run(() -> {
            Services demo = setup.factory().open(file);
            try {
                if (demo.demo().isEmpty()) {
                    demo.demo().fill();
                }
            } catch (RuntimeException e) {
                demo.close();
                throw e;
            }
            return demo;
        }, this::switchTo, refusal -> context.dialogs().error(ErrorText.describe(messages, refusal)));
    }

    @Override
    public void language(String language) {
        if (language.equals(messages.language())) {
            return;
        }
        if (!mayLeaveCurrent()) {
            rebuild(); // puts the menu's language choice back
            return;
        }
        messages = Messages.forLanguage(language);
        if (transferFiles instanceof FxTransferFiles) {
            transferFiles = null; // the choosers' filter names are in the old language
        }
        setup.settings().language(language);
        saveSettings();
        rebuild();
    }

    @Override
    public void theme(Theme theme) {
        theme.apply();
        setup.settings().theme(theme);
        saveSettings();
    }

    @Override
    public void quit() {
        WindowEvent request = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
        stage.fireEvent(request);
        if (!request.isConsumed()) {
            stage.close();
        }
    }

    // Building

    private Parent buildRoot() {
        views.clear();
        current = null;
        FxDialogs dialogs = new FxDialogs(stage, messages);
        notifications = new NotificationArea();
        dismissNotice = null;
        context = new UiContext(services, messages, setup.tasks(), dialogs, notifications, new Changes(), this,
                setup.settings(), setup.typingPause());
        logMoment = new LogMomentAction(context, () -> current == null || !views.containsKey(current)
                ? java.util.Optional.empty() : views.get(current).partnerToLogFor(), this::saveSettings);
        transfers = new Transfers(context, this::transferFiles, setup.factory(), this::openDatabase);
        stage.setTitle(messages.get("ui.window.title", services.location().getFileName().toString()));

        BorderPane root = new BorderPane();
        root.setTop(new ShellMenu(messages, setup.settings().theme(), this).node());
        sidebar = new Sidebar(messages, this::showArea);
        root.setLeft(sidebar.node());
        content = new StackPane();
        content.getStyleClass().add(UiStyles.AREA);
        StackPane centre = new StackPane(content, notifications.node());
        StackPane.setAlignment(notifications.node(), javafx.geometry.Pos.BOTTOM_RIGHT);
        root.setCenter(centre);
        root.setBottom(new StatusBar(messages, services.location(), isDemo(), setup.tasks().busyProperty()).node());
        return root;
    }

    private void rebuild() {
        Area keep = current == null ? Area.PARTNERS : current;
        stage.getScene().setRoot(buildRoot());
        showArea(keep);
    }

    private void switchTo(Services opened) {
        Services old = services;
        services = opened;
        setup.settings().lastDatabase(opened.location());
        saveSettings();
        rebuild();
        attentionNotice(); // another practice: say what needs attention in it
        if (old != opened) {
            setup.tasks().run(() -> {
                old.close();
                return null;
            }, done -> { }, failure -> { });
        }
    }

    private boolean isDemo() {
        return services.location().toAbsolutePath().equals(demoFile().toAbsolutePath());
    }

    private Path demoFile() {
        return setup.factory().defaultLocation().resolveSibling(DEMO_FILE);
    }

    private Path defaultFolder() {
        return setup.factory().defaultLocation().getParent();
    }

    // First start

    private void welcomeOnFirstStart() {
        if (setup.settings().welcomed() || isDemo()) {
            return;
        }
        context.run(() -> services.demo().isEmpty(), empty -> {
            if (!empty) {
                return;
            }
            setup.settings().welcomed(true);
            saveSettings();
            ButtonType demo = new ButtonType(messages.get("ui.welcome.demo"), ButtonData.OK_DONE);
            ButtonType start = new ButtonType(messages.get("ui.welcome.empty"), ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.NONE, messages.get("ui.welcome.message"), demo, start);
            alert.setTitle(messages.get("ui.welcome.title"));
            alert.setHeaderText(messages.get("ui.welcome.title"));
            if (context.dialogs().show(alert).filter(demo::equals).isPresent()) {
                openDemo();
            }
        });
    }

    // Window bounds

    private void placeWindow() {
        WindowBounds bounds = setup.settings().window().orElse(null);
        if (bounds != null && !Screen.getScreensForRectangle(bounds.x(), bounds.y(), bounds.width(),
                bounds.height()).isEmpty()) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
            stage.setMaximized(bounds.maximized());
            return;
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(WIDTH, screen.getWidth()));
        stage.setHeight(Math.min(HEIGHT, screen.getHeight()));
        stage.centerOnScreen();
    }

    private void closing(WindowEvent event) {
        if (!mayLeaveCurrent()) {
            event.consume();
            return;
        }
        setup.settings().window(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
        saveSettings();
    }

    private void saveSettings() {
        setup.tasks().run(() -> {
            setup.settings().save();
            return null;
        }, done -> { }, failure -> { });
    }

    /** Whether the database file exists (for the launcher: the last database may have moved). */
    public static boolean exists(Path file) {
        return file != null && Files.isRegularFile(file);
    }
}
