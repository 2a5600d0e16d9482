package nl.verbinder.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root of the command line: {@code verbinder [--db FILE] [--lang nl|en] COMMAND}. Without
 * a command it opens the desktop app.
 */
@Command(name = "verbinder",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = "nl.verbinder.i18n.cli",
        sortOptions = false,
        subcommands = {
            InitCommand.class,
            MigrateToServerCommand.class,
            DemoCommand.class,
            PartnersCommand.class,
            PartnerCommand.class,
            NetworksCommand.class,
            NetworkCommand.class,
            TherapistCommand.class,
            LogCommand.class,
            AttentionCommand.class,
            SnoozeCommand.class,
            GenerateCommand.class,
            BenchCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            BackupCommand.class,
            ReportCommand.class,
            PersonCommand.class,
            RestoreCommand.class,
            HistoryCommand.class,
            ChangesCommand.class,
            ScreenshotsCommand.class,
        })
public final class VerbinderCommand implements Callable<Integer> {

    private final CliContext context;

    public VerbinderCommand(CliContext context) {
        this.context = context;
    }

    @Option(names = "--db", paramLabel = "FILE", descriptionKey = "option.db", scope = ScopeType.INHERIT)
    void database(Path file) {
        context.chooseDatabase(file);
    }

    /** Who makes the changes of this run, for the history; without it they are the work of "Onbekend". */
    @Option(names = "--as", paramLabel = "THERAPIST", descriptionKey = "option.as", scope = ScopeType.INHERIT)
    void actor(String nameOrId) {
        context.actAs(nameOrId);
    }

    @Spec
    CommandSpec spec;

    String language;

    /** Read before parsing too (it picks the language of the help); here it is checked: nl or en. */
    @Option(names = "--lang", paramLabel = "nl|en", descriptionKey = "option.lang", scope = ScopeType.INHERIT)
    void language(String value) {
        String clean = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!clean.equals("nl") && !clean.equals("en")) {
            throw new ParameterException(spec.commandLine(), context.messages().get("cli.usage.lang", value));
        }
        this.language = clean;
    }

    @Override
    public Integer call() {
        return context.desktop().launch(context.databaseChosen() ? context.databasePath() : null, language);
    }
}
