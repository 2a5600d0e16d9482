package nl.verbinder.ui.desktop;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The freedesktop notification service (Linux and other free desktops): {@code notify-send}
 * when it is on the search path, otherwise {@code gdbus call} to
 * {@code org.freedesktop.Notifications}. Each notification is one short child process on a
 * background thread, with a time limit; its output is read and, on failure, logged.
 */
public final class FreedesktopNotifier implements DesktopNotifier {

    /** How long the notification command may take before it is stopped. */
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    static final String APP_NAME = "Verbinder";
    private static final System.Logger LOG = System.getLogger(FreedesktopNotifier.class.getName());

    private final Optional<Path> notifySend;
    private final Optional<Path> gdbus;

    private FreedesktopNotifier(Optional<Path> notifySend, Optional<Path> gdbus) {
        this.notifySend = notifySend;
        this.gdbus = gdbus;
    }

    /** Looks for {@code notify-send} and {@code gdbus} in the folders of this search path. */
    public static FreedesktopNotifier onPath(String path) {
        return new FreedesktopNotifier(find("notify-send", path), find("gdbus", path));
    }

    private static Optional<Path> find(String command, String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (folder.isBlank()) {
                continue;
            }
            try {
                Path candidate = Path.of(folder).resolve(command);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            } catch (RuntimeException e) {
                // a folder name the file system cannot read is not a place to look
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean available() {
        return notifySend.isPresent() || gdbus.isPresent();
    }

    @Override
    public void show(String title, String text) {
        if (!available()) {
            return;
        }
        List<String> command = commandLine(title, text);
        Thread.ofVirtual().name("desktop-notification").start(() -> send(command));
    }

    /**
     * The command that shows this notification: low urgency (quiet), the server's own display
     * time. Empty when neither command is there.
     */
    List<String> commandLine(String title, String text) {
        List<String> command = new ArrayList<>();
        if (notifySend.isPresent()) {
            command.addAll(List.of(notifySend.get().toString(), "--app-name=" + APP_NAME, "--urgency=low", "--",
                    title, text));
        } else if (gdbus.isPresent()) {
            command.addAll(List.of(gdbus.get().toString(), "call", "--session",
                    "--dest", "org.freedesktop.Notifications",
                    "--object-path", "/org/freedesktop/Notifications",
                    "--method", "org.freedesktop.Notifications.Notify",
                    "--", // the last argument, -1, is not an option
                    variant(APP_NAME), "0", variant(""), variant(title), variant(text), "[]",
                    "{'urgency': <byte 0>}", "-1"));
        }
        return command;
    }

    /** A string in GVariant's text form, as {@code gdbus call} reads its arguments. */
    static String variant(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** Runs the command and waits for it (at most {@link #TIMEOUT}); true when it succeeded. */
    boolean send(List<String> command) {
        if (command.isEmpty()) {
            return false;
        }
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close(); // it reads nothing
            StringBuilder output = new StringBuilder();
            Thread reader = Thread.ofVirtual().start(() -> drain(process.getInputStream(), output));
            if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                LOG.log(System.Logger.Level.WARNING, "The desktop notification did not finish within {0} s: {1}",
                        TIMEOUT.toSeconds(), command.getFirst());
                return false;
            }
            reader.join(TIMEOUT.toMillis());
            if (process.exitValue() != 0) {
                LOG.log(System.Logger.Level.WARNING, "The desktop notification failed ({0}, exit {1}): {2}",
                        command.getFirst(), process.exitValue(), output.toString().strip());
                return false;
            }
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "The desktop notification could not start: " + command.getFirst(), e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void drain(InputStream in, StringBuilder output) {
        try (in) {
            byte[] all = in.readAllBytes();
            synchronized (output) {
                output.append(new String(all, 0, Math.min(all.length, 2000), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // the process went away; its exit code says what happened
        }
    }
}
