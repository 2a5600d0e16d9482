package nl.verbinder.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Map;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.ErrorText;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs one command line: parses it, runs the command, and turns every refusal into a clear
 * message in the user's language with exit code 1 (refused) or 2 (wrong usage). No stack
 * trace reaches the user.
 */
public final class Cli {

    /** Set to show stack traces of unexpected failures, for developers. */
    static final String DEBUG_ENV = "VERBINDER_DEBUG";

    private final CliContext context;
    private final Map<String, String> env;

    public Cli(CliContext context, Map<String, String> env) {
        this.context = context;
        this.env = env;
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
        Messages messages = context.messages();
        CommandLine commandLine = commandLine();
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            PrintWriter err = context.err();
            err.println(usageMessage(messages, ex));
            err.println(messages.get("cli.usage.hint", ex.getCommandLine().getCommandSpec().qualifiedName()));
            err.flush();
            return ExitCodes.USAGE;
        });
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            PrintWriter err = context.err();
            if (ex instanceof VerbinderException refusal) {
                err.println(ErrorText.describe(messages, refusal));
            } else {
                err.println(messages.get("cli.unexpected", String.valueOf(ex.getMessage())));
                if (env.containsKey(DEBUG_ENV)) {
                    ex.printStackTrace(err);
                }
            }
            err.flush();
            return ExitCodes.REFUSED;
        });
        try {
            return commandLine.execute(args);
        } finally {
            context.out().flush();
            context.err().flush();
            context.close();
        }
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
                    .map(arg -> arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel())
                    .toList()));
        }
        return messages.get("cli.usage.other", ex.getMessage());
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
