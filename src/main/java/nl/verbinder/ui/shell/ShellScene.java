package nl.verbinder.ui.shell;

import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import nl.verbinder.service.ServicesFactory;
import nl.verbinder.service.calendar.CalendarAddress;
import nl.verbinder.ui.area.Area;
import nl.verbinder.ui.area.AreaView;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.brief.MeetingBriefAction;
import nl.verbinder.ui.calendar.AgendaImportAction;
import nl.verbinder.ui.fx.Theme;
import nl.verbinder.ui.moments.LogMomentAction;
import nl.verbinder.ui.transfer.TransferFiles;
import nl.verbinder.ui.transfer.Transfers;
import nl.verbinder.ui.week.MyWeekButton;
import nl.verbinder.ui.week.MyWeekEntry;

/**
 * One scene of the main window over one {@link UiContext}: the areas, the menu's verbs, the
 * start-up notices, the sidebar and status bar, put together by {@link ShellLayout}. Another
 * database or language makes a new one; what outlives it is in {@link Parts}.
 */
public final class ShellScene {

    /**
     * What every scene of the window is built over.
     *
     * @param files  where import, export and backup files are chosen
     * @param views  makes an area's view in a context
     * @param live   what other workstations change on a practice server
     */
    public record Parts(Stage stage, DatabaseSession session, WindowState state, ServicesFactory factory,
                        Supplier<TransferFiles> files, MyWeekEntry myWeek, LiveUpdatesModel live,
                        BiFunction<Area, UiContext, AreaView> views) {
    }

    /** The window's own verbs, which the menus call. */
    public record Verbs(Consumer<Path> open, Runnable openDemo, Consumer<String> language, Consumer<Theme> theme,
                        Runnable quit, Runnable newPartner) {
    }

    private final UiContext context;
    private final AreaSwitcher areas;
    private final Transfers transfers;
    private final LogMomentAction logMoment;
    private final MenuActions actions;
    private final StartupNotices notices;
    private final MeChooser me;
    private final Parent root;

    public ShellScene(UiContext context, NotificationArea notifications, Parts parts, Verbs verbs, Theme theme) {
        this.context = context;
        DatabaseSession session = parts.session();
        transfers = new Transfers(context, parts.files(), parts.factory(), verbs.open());
        parts.stage().setTitle(session.title(context.messages()));
        areas = new AreaSwitcher(area -> parts.views().apply(area, context));
        logMoment = new LogMomentAction(context, areas::partnerInView, parts.state()::save);
        MyWeekButton week = parts.myWeek().button(context);
        AgendaImportAction agenda = new AgendaImportAction(context, parts.files(),
                session.dataFolder().resolve(CalendarAddress.FILE_NAME));
        actions = new MenuActions(context, new MenuActions.Targets(session, verbs.open(),
                verbs.openDemo(), transfers::start, logMoment, verbs.language(), verbs.theme(), verbs.quit(),
                agenda::run, agenda::fetchByAddress,
                new MeetingBriefAction(context, areas::partnerInView, parts.files())::run, week::open));
        Sidebar sidebar = new Sidebar(context.messages(), areas::show);
        areas.showIn(sidebar);
        week.addTo(sidebar.node());
        notices = new StartupNotices(context, sidebar, notifications, areas::current, parts.state()::save,
                verbs.openDemo());
        areas.onAttention(notices::dismiss);
        MenuBar bar = actions.bar(theme);
        me = new MeChooser(context);
        MainMenuBar menus = new MainMenuBar(context, bar, me, verbs.newPartner(), parts.stage(), session.dataFolder());
        root = ShellLayout.root(menus, sidebar, areas, notifications,
                StatusBar.of(context, session, me.statusNode(), parts.live().connectedProperty()));
    }

    public Parent root() {
        return root;
    }

    public UiContext context() {
        return context;
    }

    public AreaSwitcher areas() {
        return areas;
    }

    public Transfers transfers() {
        return transfers;
    }

    public LogMomentAction logMoment() {
        return logMoment;
    }

    public MenuActions actions() {
        return actions;
    }

    public StartupNotices notices() {
        return notices;
    }

    public MeChooser me() {
        return me;
    }
}
