package nl.verbinder.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.verbinder.app.Main;
import nl.verbinder.testutil.TestDatabase;

/** Runs the command line in-process against a database file and keeps what it printed. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun on(Path database, String... args) {
        return on(database, TestDatabase.fixedClock(TestDatabase.TODAY), args);
    }

    /**
     * Runs the command on this database file; a file that does not exist yet is made first
     * with {@code init}, as a user would (other commands refuse a missing {@code --db}).
     * To run on a missing file, use {@link #withArgs}.
     */
    public static CliRun on(Path database, Clock clock, String... args) {
        if (!Files.exists(database) && !List.of(args).contains("init")) {
            CliRun init = withArgs(clock, Map.of(), "--db", database.toString(), "init");
            if (init.exitCode() != 0) {
                return init;
            }
        }
        List<String> all = new ArrayList<>(List.of("--db", database.toString()));
        all.addAll(List.of(args));
        return withArgs(clock, Map.of(), all.toArray(String[]::new));
    }

    public static CliRun withArgs(Clock clock, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env, clock);
        return new CliRun(code, out.toString(), err.toString());
    }
}
