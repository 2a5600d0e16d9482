package nl.verbinder.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.net.URISyntaxException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.ErrorText;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * Runs one command line: parses it, runs the command, and turns every refusal into a clear
 * message in the user's language with exit code 1 (refused) or 2 (wrong usage). No stack
 * trace reaches the user.
 */
public final class Cli {

    /** Set to show stack traces of unexpected failures, for developers. */
    static final String DEBUG_ENV = "VERBINDER_DEBUG";

    /** Set when the AOT cache is trained (packaging/build): a {@code bench --first-frame} run. */
    private static final String TRAINING = "verbinder.training";

    /** Set by the launcher script to the command the user typed, e.g. {@code ./verbinder}. */
    static final String COMMAND_ENV = "VERBINDER_COMMAND";

    private final CliContext context;
    private final Map<String, String> env;

    /** Commands that write nothing: their refusals do not say "not saved". */
    private static final Set<String> READ_ONLY = Set.of("partners", "attention", "export partners", "export moments",
            "export ics", "export vcard", "report", "backup", "therapist list", "screenshots");

    /** Commands that may make the database chosen with --db: init, and those that fill a new file. */
    private static final Set<String> CREATING = Set.of("init", "demo", "generate", "restore", "bench");

    /** Refusals whose advice is for the window; on the command line the advice names a command. */
    private static final Map<String, String> COMMAND_LINE_TEXTS = Map.of(
            "error.therapist.none", "cli.error.therapist.none");

    public Cli(CliContext context, Map<String, String> env) {
        this.context = context;
        this.env = env;
        context.invokedAs(invokedAs(env));
    }

    /**
     * How the user started Verbinder, for hints that name a command: the launcher script
     * says so in {@code VERBINDER_COMMAND}; a jar started by hand is {@code java -jar JAR};
     * otherwise the launcher of the README.
     */
    static String invokedAs(Map<String, String> env) {
        String launcher = env.get(COMMAND_ENV);
        if (launcher != null && !launcher.isBlank()) {
            return launcher.strip();
        }
        try {
            var source = Cli.class.getProtectionDomain().getCodeSource();
            if (source != null) {
                Path jar = Path.of(source.getLocation().toURI());
                if (jar.getFileName() != null && jar.getFileName().toString().endsWith(".jar")) {
                    Path here = Path.of("").toAbsolutePath();
                    Path shown = jar.startsWith(here) ? here.relativize(jar) : jar;
                    String text = shown.toString();
                    return "java -jar " + (text.contains(" ") ? '"' + text + '"' : text);
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through to the README's launcher
        }
        return "./verbinder";
    }

    /** The language asked for with {@code --lang}, or else in {@code VERBINDER_LANG}; Dutch by default. */
    public static String language(String[] args, Map<String, String> env) {
        List<String> list = List.of(args);
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            if (arg.equals("--lang") && i + 1 < list.size()) {
                return list.get(i + 1);
            }
            if (arg.startsWith("--lang=")) {
                return arg.substring("--lang=".length());
            }
        }
        String fromEnv = env.get("VERBINDER_LANG");
        return fromEnv != null ? fromEnv : "nl";
    }

    public int run(String... args) {
        Optional<WindowStart> window = WindowStart.read(args);
        if (window.isPresent()) {
            return openWindow(window.get());
        }
        Messages messages = context.messages();
        CommandLine commandLine = commandLine();
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            PrintWriter err = context.err();
            err.println(usageMessage(messages, ex));
            err.println(messages.get("cli.usage.hint", commandLine(ex.getCommandLine())));
            err.flush();
            return ExitCodes.USAGE;
        });
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> failed(ex, commandName(cmd)));
        commandLine.setExecutionStrategy(parseResult -> {
            List<CommandLine> chosen = parseResult.asCommandLineList();
            context.allowCreatingDatabase(CREATING.contains(commandName(chosen.get(chosen.size() - 1))));
            return new CommandLine.RunLast().execute(parseResult);
        });
        return finish(() -> commandLine.execute(args));
    }

    /** Runs the command; a database it made is discarded unless it ended well; the output flushed, the context closed. */
    private int finish(IntSupplier command) {
        try {
            int code = command.getAsInt();
            if (code != ExitCodes.DONE) {
                context.discardCreated();
            }
            return code;
        } finally {
            context.out().flush();
            context.err().flush();
            context.close();
        }
    }

    /**
     * A start that only opens the window ({@link WindowStart}), run as picocli would run it
     * (the options in turn, then the root command or {@code bench --first-frame}) but without
     * building the command tree first.
     */
    private int openWindow(WindowStart start) {
        return finish(() -> {
            try {
                if (start.database() != null) {
                    context.chooseDatabase(start.database());
                }
                if (start.actor() != null) {
                    context.actAs(start.actor());
                }
                context.allowCreatingDatabase(start.firstFrameOnly()); // bench is one of CREATING, the root command not
                if (!start.firstFrameOnly()) {
                    return context.desktop().launch(context.databaseChosen() ? context.databasePath() : null,
                            start.language());
                }
                int code = BenchCommand.firstFrameHere(context);
                if (Boolean.getBoolean(TRAINING)) {
                    commandLine(); // the AOT cache's training run: commands start fast too
                }
                return code;
            } catch (RuntimeException e) {
                return failed(e, start.firstFrameOnly() ? "bench" : "");
            }
        });
    }

    /** What a command threw, said to the user; returns the exit code. */
    private int failed(Exception ex, String command) {
        Messages messages = context.messages();
        PrintWriter err = context.err();
        Exception known = knownCause(ex);
        if (known instanceof FileSystemException io) {
            err.println(fileProblem(messages, io));
        } else if (known instanceof VerbinderException refusal) {
            err.println(describe(messages, refusal, READ_ONLY.contains(command)));
            if (refusal instanceof UsageException) {
                err.println(messages.get("cli.usage.hint", commandLine(command)));
                err.flush();
                return ExitCodes.USAGE;
            }
        } else {
            err.println(messages.get("cli.unexpected", String.valueOf(ex.getMessage())));
            Logger.getLogger("nl.verbinder").log(Level.SEVERE, "Unexpected failure", ex);
            if (env.containsKey(DEBUG_ENV)) {
                ex.printStackTrace(err);
            }
        }
        err.flush();
        return ExitCodes.REFUSED;
    }

    /**
     * A refusal in the user's language. Wrong usage says so, not "Niet opgeslagen"; so does
     * any refusal of a command that only reads. Value lists are said in the user's language.
     */
    static String describe(Messages messages, VerbinderException e, boolean readOnly) {
        if ("error.storage".equals(e.messageKey()) || "error.constraint".equals(e.messageKey())) {
            return storageProblem(messages, e);
        }
        if (!(e instanceof ValidationException invalid)) {
            return ErrorText.describe(messages, e);
        }
        List<String> lines = new ArrayList<>();
        int count = invalid.errors().size();
        lines.add(invalid instanceof UsageException ? messages.get("cli.usage.invalid", count)
                : readOnly ? messages.get("cli.refused.read", count)
                : messages.get(invalid.messageKey(), invalid.args().toArray()));
        for (FieldError error : invalid.errors()) {
            String label = invalid instanceof UsageException && !messages.has("field." + error.field())
                    ? "--" + error.field() : ErrorText.fieldLabel(messages, error.field());
            String key = COMMAND_LINE_TEXTS.getOrDefault(error.messageKey(), error.messageKey());
            lines.add("  " + messages.get("error.field", label,
                    messages.get(key, Choices.localize(messages, error.args()))));
        }
        return String.join(System.lineSeparator(), lines);
    }

    /** The command as the user would type it again, e.g. {@code ./verbinder export partners}. */
    private String commandLine(CommandLine cmd) {
        return commandLine(commandName(cmd));
    }

    private String commandLine(String below) {
        return below.isEmpty() ? context.invokedAs() : context.invokedAs() + " " + below;
    }

    /**
     * The refusal or file problem behind an exception, when there is one: a refusal wrapped
     * on its way up is still said as a refusal, not as its key.
     */
    private static Exception knownCause(Exception ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof VerbinderException || t instanceof FileSystemException) {
                return (Exception) t;
            }
        }
        return ex;
    }

    /**
     * What SQLite refused, said as the reason a user can act on instead of SQLite's own text
     * ({@code [SQLITE_READONLY] ...}).
     */
    private static String storageProblem(Messages messages, VerbinderException e) {
        String raw = e.args().isEmpty() ? "" : String.valueOf(e.args().get(0));
        if (raw.contains("SQLITE_READONLY") || raw.contains("SQLITE_PERM") || raw.contains("SQLITE_CANTOPEN")) {
            return messages.get("cli.storage.read-only");
        }
        if (raw.contains("SQLITE_FULL")) {
            return messages.get("cli.storage.full");
        }
        if (raw.contains("SQLITE_BUSY") || raw.contains("SQLITE_LOCKED")) {
            return messages.get("cli.storage.busy");
        }
        if (raw.contains("CHECK constraint") || raw.contains("SQLITE_CONSTRAINT")) {
            return messages.get("cli.storage.rule");
        }
        return messages.get("cli.storage.other", raw);
    }

    /** A file the system refused, said with the file and the reason in the user's language. */
    static String fileProblem(Messages messages, FileSystemException e) {
        String file = e.getFile() == null ? "" : e.getFile();
        String reason = e.getReason() == null ? "" : e.getReason();
        if (e instanceof AccessDeniedException || reason.contains("Permission denied")) {
            return messages.get("cli.file.no-access", file);
        }
        if (e instanceof NoSuchFileException) {
            return messages.get("cli.file.missing", file);
        }
        if (reason.contains("Is a directory")) {
            return messages.get("cli.file.is-folder", file);
        }
        if (reason.contains("Read-only file system")) {
            return messages.get("cli.file.read-only", file);
        }
        return messages.get("cli.file.other", file);
    }

    /** The command's name below the root, e.g. {@code export partners}. */
    private static String commandName(CommandLine cmd) {
        String name = cmd.getCommandSpec().qualifiedName(" ");
        int space = name.indexOf(' ');
        return space < 0 ? "" : name.substring(space + 1);
    }

    CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new VerbinderCommand(context), new ContextFactory(context));
        commandLine.setResourceBundle(context.messages().asResourceBundle());
        commandLine.setOut(context.usageOut());
        commandLine.setErr(context.usageErr());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    /** picocli's own parse errors are English; the common ones are said in the user's language. */
    private static String usageMessage(Messages messages, ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return messages.get("cli.usage.unknown", String.join(" ", unmatched.getUnmatched()));
        }
        if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return messages.get("cli.usage.missing", String.join(", ", missing.getMissing().stream()
                    .map(Cli::name)
                    .toList()));
        }
        if (ex instanceof OverwrittenOptionException overwritten && overwritten.getOverwritten() != null) {
            return messages.get("cli.usage.twice", name(overwritten.getOverwritten()));
        }
        if (ex.getArgSpec() != null && ex.getValue() != null && ex.getCause() != null) {
            return messages.get("cli.usage.bad-value", name(ex.getArgSpec()), ex.getValue(),
                    expected(messages, ex.getArgSpec()));
        }
        return messages.get("cli.usage.other", ex.getMessage());
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** What a value of this option looks like, for the message on a value picocli could not read. */
    private static String expected(Messages messages, ArgSpec arg) {
        Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
        if (type.isEnum()) {
            List<String> values = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                values.add(String.valueOf(constant));
            }
            return messages.get("cli.usage.expected.one-of", String.join(", ", values));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return messages.get("cli.usage.expected.whole-number");
        }
        return messages.get("cli.usage.expected.other", arg.paramLabel());
    }

    /** Builds commands through a constructor that takes the {@link CliContext}, when they have one. */
    private record ContextFactory(CliContext context) implements IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                Constructor<K> constructor = type.getDeclaredConstructor(CliContext.class);
                constructor.setAccessible(true);
                return constructor.newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
