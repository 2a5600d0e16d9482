package nl.verbinder.ui.desktop;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A desktop that is there and keeps what it was asked to show (instead of the system's notifications). */
public final class RecordingNotifier implements DesktopNotifier {

    /** One notification as shown. */
    public record Shown(String title, String text) {
    }

    private final boolean available;
    private final List<Shown> shown = new CopyOnWriteArrayList<>();

    private RecordingNotifier(boolean available) {
        this.available = available;
    }

    public static RecordingNotifier working() {
        return new RecordingNotifier(true);
    }

    /** A system without a notification service: asked, it says no, and nothing is recorded. */
    public static RecordingNotifier missing() {
        return new RecordingNotifier(false);
    }

    @Override
    public boolean available() {
        return available;
    }

    @Override
    public void show(String title, String text) {
        shown.add(new Shown(title, text));
    }

    public List<Shown> shown() {
        return List.copyOf(shown);
    }
}
