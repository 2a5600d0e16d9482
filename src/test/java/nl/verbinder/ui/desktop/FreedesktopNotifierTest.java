package nl.verbinder.ui.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desktop notification on Linux: which command it runs and with what arguments (built, not
 * run), that it is not there when neither command is, and a real child process that gets them.
 */
class FreedesktopNotifierTest {

    @TempDir
    Path folder;

    private Path command(Path dir, String name, String script) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    @Test
    void notifySendIsUsedWhenOnThePathQuietlyWithTitleAndTextAsTheyAre() throws IOException {
        Path notifySend = command(folder.resolve("bin"), "notify-send", "exit 0");
        command(folder.resolve("usr-bin"), "gdbus", "exit 0");
        String path = folder.resolve("empty") + File.pathSeparator + folder.resolve("bin") + File.pathSeparator
                + folder.resolve("usr-bin");

        FreedesktopNotifier notifier = FreedesktopNotifier.onPath(path);

        assertThat(notifier.available()).isTrue();
        assertThat(notifier.commandLine("Verbinder: Mijn week", "3 vervolgacties voor vandaag of te laat."))
                .containsExactly(notifySend.toString(), "--app-name=Verbinder", "--urgency=low", "--",
                        "Verbinder: Mijn week", "3 vervolgacties voor vandaag of te laat.");
    }

    @Test
    void withoutNotifySendGdbusCallsTheNotificationServiceWithQuotedStrings() throws IOException {
        Path gdbus = command(folder.resolve("bin"), "gdbus", "exit 0");

        FreedesktopNotifier notifier = FreedesktopNotifier.onPath(folder.resolve("bin").toString());

        assertThat(notifier.available()).isTrue();
        assertThat(notifier.commandLine("Mijn week", "It's 2 follow-ups \\ today")).containsExactly(
                gdbus.toString(), "call", "--session", "--dest", "org.freedesktop.Notifications",
                "--object-path", "/org/freedesktop/Notifications", "--method", "org.freedesktop.Notifications.Notify",
                "--", "'Verbinder'", "0", "''", "'Mijn week'", "'It\\'s 2 follow-ups \\\\ today'", "[]",
                "{'urgency': <byte 0>}", "-1");
    }

    @Test
    void notAvailableWhenNeitherCommandIsOnThePathAndShowingThenDoesNothing() throws IOException {
        Files.createDirectories(folder.resolve("bin"));
        Files.writeString(folder.resolve("bin/notify-send"), "not a program"); // not executable: not a command

        FreedesktopNotifier notifier = FreedesktopNotifier.onPath(folder.resolve("bin").toString());

        assertThat(notifier.available()).isFalse();
        assertThat(notifier.commandLine("Mijn week", "1 vervolgactie")).isEmpty();
        assertThat(FreedesktopNotifier.onPath("").available()).isFalse();
        assertThat(FreedesktopNotifier.onPath(null).available()).isFalse();
        notifier.show("Mijn week", "1 vervolgactie"); // nothing to run, nothing thrown
    }

    @Test
    void theCommandRunsAsAChildProcessWithItsArguments() throws IOException {
        Path received = folder.resolve("received.txt");
        command(folder.resolve("bin"), "notify-send", "for a in \"$@\"; do echo \"$a\" >> '" + received + "'; done");
        FreedesktopNotifier notifier = FreedesktopNotifier.onPath(folder.resolve("bin").toString());

        boolean sent = notifier.send(notifier.commandLine("Verbinder: Mijn week", "2 vervolgacties voor vandaag of te laat."));

        assertThat(sent).isTrue();
        assertThat(Files.readAllLines(received)).containsExactly("--app-name=Verbinder", "--urgency=low", "--",
                "Verbinder: Mijn week", "2 vervolgacties voor vandaag of te laat.");
    }

    @Test
    void aFailingCommandIsLoggedNotThrown() throws IOException {
        command(folder.resolve("bin"), "notify-send", "echo 'Cannot connect to the session bus' >&2; exit 1");
        FreedesktopNotifier notifier = FreedesktopNotifier.onPath(folder.resolve("bin").toString());

        assertThat(notifier.send(notifier.commandLine("Mijn week", "1 vervolgactie"))).isFalse();
        assertThat(notifier.send(List.of(folder.resolve("gone").toString()))).isFalse();
    }

    @Test
    void windowsAndMacUseTheTrayWhichAHeadlessJvmDoesNotHave() {
        DesktopNotifier windows = DesktopNotifier.forSystem("Windows 11", "");
        DesktopNotifier mac = DesktopNotifier.forSystem("Mac OS X", "");

        assertThat(windows).isInstanceOf(TrayNotifier.class);
        assertThat(mac).isInstanceOf(TrayNotifier.class);
        assertThat(DesktopNotifier.forSystem("Linux", "")).isInstanceOf(FreedesktopNotifier.class);
        // The tests run with java.awt.headless=true: no tray, so nothing is shown and nothing breaks.
        assertThat(windows.available()).isFalse();
        windows.show("Mijn week", "1 vervolgactie");
    }
}
