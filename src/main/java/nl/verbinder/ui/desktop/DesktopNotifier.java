package nl.verbinder.ui.desktop;

import java.util.Locale;

/**
 * A notification on the desktop, outside the window: the system's notification service (the
 * freedesktop one on Linux, the system tray on Windows and macOS). The text leaves the app, so
 * callers put counts in it, never names. Where the system has no service, {@link #available()}
 * says so and {@link #show} does nothing; failures go to the log, never to the user.
 */
public interface DesktopNotifier {

    /** No desktop notifications (where the system has none). */
    DesktopNotifier NONE = new DesktopNotifier() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public void show(String title, String text) {
            // nowhere to show it
        }
    };

    /** Whether this system can show a notification now. */
    boolean available();

    /** Shows one quiet notification, without waiting for it. */
    void show(String title, String text);

    /**
     * The notifier for this computer. Cheap: nothing is started or loaded until a notification
     * is asked for (the tray's AWT only then, so start-up does not pay for it).
     */
    static DesktopNotifier forThisSystem() {
        return forSystem(System.getProperty("os.name", ""), System.getenv("PATH"));
    }

    /** The notifier for a system of this name ({@code os.name}) and search path ({@code PATH}). */
    static DesktopNotifier forSystem(String osName, String path) {
        String name = osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows") || name.startsWith("mac")) {
            return new TrayNotifier();
        }
        return FreedesktopNotifier.onPath(path);
    }
}
