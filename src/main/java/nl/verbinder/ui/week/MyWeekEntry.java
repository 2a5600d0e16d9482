package nl.verbinder.ui.week;

import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.desktop.DesktopNotifier;

/**
 * Mijn week in the main window: one {@link DesktopReminder} for the window's whole life (a new
 * scene does not remind twice on one day), and a {@link MyWeekButton} over it for each scene.
 */
public final class MyWeekEntry {

    /** The reminder as a desktop notification (opt-in): the system's notifier, made when first needed. */
    private final DesktopReminder desktopReminder = new DesktopReminder(DesktopNotifier::forThisSystem);

    /** Where desktop notifications go: the system's unless a test puts its own here. */
    public void useNotifier(DesktopNotifier notifier) {
        desktopReminder.use(notifier);
    }

    /** The sidebar's button (and the menu's verb, {@link MyWeekButton#open()}) for this scene. */
    public MyWeekButton button(UiContext context) {
        return new MyWeekButton(context, desktopReminder);
    }
}
