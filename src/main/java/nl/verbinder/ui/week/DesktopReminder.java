package nl.verbinder.ui.week;

import java.time.LocalDate;
import java.util.function.Supplier;
import nl.verbinder.i18n.Messages;
import nl.verbinder.ui.area.UiSettings;
import nl.verbinder.ui.desktop.DesktopNotifier;

/**
 * The reminder of "Mijn week" as a desktop notification, for who opted in ("Herinnering ook als
 * bureaubladmelding"): at start and then once a day while the app runs, when some of my
 * follow-ups are due today or overdue. The text leaves the app, so it holds the count and
 * nothing else. One per window: a new scene (another language, another database) does not
 * remind twice on one day. The notifier is made when first needed.
 */
public final class DesktopReminder {

    private static final System.Logger LOG = System.getLogger(DesktopReminder.class.getName());

    private Supplier<DesktopNotifier> make;
    private DesktopNotifier notifier;
    private LocalDate checkedOn;

    public DesktopReminder(Supplier<DesktopNotifier> make) {
        this.make = make;
    }

    /** Shows the notifications with this notifier instead (tests). */
    public void use(DesktopNotifier replacement) {
        this.notifier = replacement;
    }

    /**
     * After my follow-ups were counted: one notification when opted in, {@code due} is more than
     * none and today has not been looked at yet. Off, it never shows (and never asks the system).
     */
    public void remind(UiSettings settings, Messages messages, LocalDate today, int due) {
        if (!settings.desktopReminder() || today.equals(checkedOn)) {
            return;
        }
        checkedOn = today;
        if (due <= 0) {
            return;
        }
        DesktopNotifier desktop = notifier();
        if (desktop.available()) {
            desktop.show(title(messages), text(messages, due));
        } else {
            LOG.log(System.Logger.Level.INFO, "No desktop notification service; the reminder stays in the window");
        }
    }

    private synchronized DesktopNotifier notifier() {
        if (notifier == null) {
            notifier = make.get();
            make = null;
        }
        return notifier;
    }

    /** The notification's title. */
    public static String title(Messages messages) {
        return messages.get("week.desktop.title");
    }

    /** The notification's text: how many of my follow-ups are due today or overdue, and no more. */
    public static String text(Messages messages, int due) {
        return messages.count("week.desktop.text", due);
    }
}
