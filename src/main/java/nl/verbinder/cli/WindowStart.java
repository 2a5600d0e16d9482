package nl.verbinder.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A command line that only opens the window: no command, just {@code --db}, {@code --lang}
 * and {@code --as} with their values (a start from the menu has none), or the benchmark's
 * {@code bench --first-frame}, which opens it as such a start does. Read by hand so that such
 * a start does not build picocli's command tree first: that reads ~25 commands by reflection,
 * about a quarter of the CPU before the first frame.
 *
 * <p>Only the plain form is read here. Anything else (a command, {@code --help}, an option
 * given twice or without its value, a language other than nl or en, an argument file) is left
 * to picocli, which accepts it or says what is wrong exactly as before.
 *
 * @param database the file after {@code --db}, or {@code null}
 * @param language {@code nl} or {@code en}, or {@code null}
 * @param actor the therapist after {@code --as}, or {@code null}
 * @param firstFrameOnly {@code bench --first-frame}: measure the first frame instead of opening the window
 */
record WindowStart(Path database, String language, String actor, boolean firstFrameOnly) {

    private static final List<String> OPTIONS = List.of("--db", "--lang", "--as");

    /** This command line as a start that only opens the window; empty when picocli should read it. */
    static Optional<WindowStart> read(String... args) {
        String[] values = new String[OPTIONS.size()];
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("@")) {
                return Optional.empty(); // picocli reads the arguments from that file
            }
            int equals = arg.indexOf('=');
            int option = OPTIONS.indexOf(equals < 0 ? arg : arg.substring(0, equals));
            if (option < 0) {
                rest.add(arg);
                continue;
            }
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            if (value.isEmpty() || value.startsWith("-") || value.startsWith("@") || values[option] != null) {
                return Optional.empty();
            }
            values[option] = value;
        }
        boolean firstFrameOnly = rest.equals(List.of("bench", "--first-frame"));
        if (!rest.isEmpty() && !firstFrameOnly) {
            return Optional.empty();
        }
        String language = null;
        if (values[1] != null) {
            language = values[1].strip().toLowerCase(Locale.ROOT);
            if (!language.equals("nl") && !language.equals("en")) {
                return Optional.empty();
            }
        }
        Path database = null;
        if (values[0] != null) {
            try {
                database = Path.of(values[0]);
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new WindowStart(database, language, values[2], firstFrameOnly));
    }
}
