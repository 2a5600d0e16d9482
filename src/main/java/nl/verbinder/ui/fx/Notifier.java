package nl.verbinder.ui.fx;

/** Short messages in the corner of the window that go away by themselves. */
public interface Notifier {

    void notify(String message);

    /** A message with one action, such as "Ongedaan maken". */
    void notify(String message, String actionLabel, Runnable action);
}
