package nl.verbinder.ui.shell;

import java.nio.file.Path;
import java.util.function.Supplier;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.ui.area.Area;
import nl.verbinder.ui.area.Navigator;
import nl.verbinder.ui.goals.GoalsView;
import nl.verbinder.ui.partners.PartnersView;

/**
 * Where the user goes in the main window: an area of the scene on screen, a partner or a goal
 * in its area, the log and export dialogs, another database or the demo. Leaving the area on
 * screen asks it first (unsaved changes); a database that cannot be opened is said in the
 * window.
 */
public final class WindowNavigator implements Navigator {

    private final Supplier<ShellScene> scene;
    private final DatabaseSession session;

    /** Over whichever scene the window shows now (a new one after each switch of database or language). */
    public WindowNavigator(Supplier<ShellScene> scene, DatabaseSession session) {
        this.scene = scene;
        this.session = session;
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
        scene.get().logMoment().run(partnerId);
    }

    @Override
    public void exportPartners(PartnerQuery query) {
        scene.get().transfers().exportPartners(query, true);
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

    private void openFailed(RuntimeException failure) {
        scene.get().context().showFailure(failure);
    }

    private AreaSwitcher areas() {
        return scene.get().areas();
    }
}
