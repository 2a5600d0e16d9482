package nl.verbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.Services;
import nl.verbinder.service.ServicesFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start that only opens the window is read without picocli; everything else still goes
 * through picocli and is accepted or refused as before.
 */
class WindowStartTest {

    @TempDir
    Path folder;

    @Test
    void noCommandAndTheWindowsOptionsAreReadByHand() {
        assertThat(WindowStart.read()).contains(new WindowStart(null, null, null, false));
        assertThat(WindowStart.read("--db", "praktijk.db", "--lang", " EN ", "--as", "Anna"))
                .contains(new WindowStart(Path.of("praktijk.db"), "en", "Anna", false));
        assertThat(WindowStart.read("--lang=nl", "--db=praktijk.db"))
                .contains(new WindowStart(Path.of("praktijk.db"), "nl", null, false));
        assertThat(WindowStart.read("--db", "demo.db", "bench", "--first-frame"))
                .contains(new WindowStart(Path.of("demo.db"), null, null, true));
        assertThat(WindowStart.read("bench", "--db", "demo.db", "--first-frame"))
                .contains(new WindowStart(Path.of("demo.db"), null, null, true));
    }

    @Test
    void everythingElseIsLeftToPicocli() {
        for (String[] args : List.of(
                new String[] {"--help"},
                new String[] {"--version"},
                new String[] {"-h"},
                new String[] {"--db", "demo.db", "partners"},
                new String[] {"bench"},
                new String[] {"bench", "--first-frame", "--runs", "3"},
                new String[] {"--first-frame", "bench"},
                new String[] {"--db"},
                new String[] {"--db", "a.db", "--db", "b.db"},
                new String[] {"--db", "--lang", "en"},
                new String[] {"--db="},
                new String[] {"--lang", "de"},
                new String[] {"@args.txt"},
                new String[] {"--db", "@args.txt"},
                new String[] {"--", "--db", "a.db"},
                new String[] {"--db", "nul\0l.db"})) {
            assertThat(WindowStart.read(args)).as(String.join(" ", args)).isEmpty();
        }
    }

    @Test
    void theWindowOpensWithTheChosenFileAndLanguageAndItsExitCode() {
        Recorder launcher = new Recorder(3);
        Run run = run(launcher, "--db", "praktijk.db", "--lang", "EN");
        assertThat(run.code).isEqualTo(3);
        assertThat(launcher.calls).containsExactly(folder.resolve("praktijk.db").toAbsolutePath() + " en");
        assertThat(run.err).isEmpty();

        Recorder remembered = new Recorder(0);
        assertThat(run(remembered).code).isZero();
        assertThat(remembered.calls).as("no --db: the launcher takes the last file").containsExactly("null null");
    }

    @Test
    void aRefusalOfTheLauncherIsSaidAsACommandsRefusalIs() {
        DesktopLauncher refusing = (file, language) -> {
            throw new VerbinderException("server.not-available");
        };
        Run run = run(refusing);
        assertThat(run.code).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err).contains(Messages.dutch().get("server.not-available")).doesNotContain("Exception");
    }

    @Test
    void wrongUsageIsStillRefusedByPicocliWithoutOpeningTheWindow() {
        Recorder launcher = new Recorder(0);
        Run language = run(launcher, "--lang", "de");
        assertThat(language.code).isEqualTo(ExitCodes.USAGE);
        assertThat(language.err).contains(Messages.dutch().get("cli.usage.lang", "de"));
        Run twice = run(launcher, "--db", "a.db", "--db", "b.db");
        assertThat(twice.code).isEqualTo(ExitCodes.USAGE);
        Run missing = run(launcher, "--db");
        assertThat(missing.code).isEqualTo(ExitCodes.USAGE);
        assertThat(launcher.calls).isEmpty();
    }

    @Test
    void theBenchmarksFirstFrameReportsTheTimeOrThatThereIsNoDisplay() {
        Run measured = run(new Recorder(0), "--db", "demo.db", "bench", "--first-frame");
        assertThat(measured.code).isZero();
        assertThat(measured.out).contains("first-frame-ms=812");

        DesktopLauncher noDisplay = (file, language) -> 0;
        Run without = run(noDisplay, "--db", "demo.db", "bench", "--first-frame");
        assertThat(without.code).isEqualTo(ExitCodes.REFUSED);
        assertThat(without.err).contains(Messages.dutch().get("ui.error.no-display"));
    }

    private record Run(int code, String out, String err) {
    }

    private Run run(DesktopLauncher launcher, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ServicesFactory factory = new ServicesFactory() {
            @Override
            public Services open(Path location) {
                throw new AssertionError("the command line opens no database before the window");
            }

            @Override
            public Path defaultLocation() {
                return folder.resolve("verbinder.db");
            }
        };
        CliContext context = new CliContext(Messages.dutch(), new PrintWriter(out), new PrintWriter(err), factory,
                launcher, Clock.systemUTC());
        // Relative files are taken from the working folder; the test's own folder stands in for it.
        String[] resolved = args.clone();
        for (int i = 0; i + 1 < resolved.length; i++) {
            if (resolved[i].equals("--db") && !resolved[i + 1].startsWith("-")) {
                resolved[i + 1] = folder.resolve(resolved[i + 1]).toString();
            }
        }
        int code = new Cli(context, Map.of()).run(resolved);
        return new Run(code, out.toString(), err.toString());
    }

    /** A launcher that notes what it was asked to open and answers with a fixed code. */
    private static final class Recorder implements DesktopLauncher {
        final List<String> calls = new ArrayList<>();
        final int code;

        Recorder(int code) {
            this.code = code;
        }

        @Override
        public int launch(Path database, String language) {
            calls.add(database + " " + language);
            return code;
        }

        @Override
        public Optional<java.time.Duration> firstFrame(Path database, String language) {
            return Optional.of(java.time.Duration.ofMillis(812));
        }
    }
}
