package nl.verbinder.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.verbinder.service.GeneratorService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate}: fill an empty database with a large synthetic practice, for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false)
final class GenerateCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--partners", required = true, paramLabel = "N", descriptionKey = "generate.partners")
    int partners;

    @Option(names = "--moments", required = true, paramLabel = "M", descriptionKey = "generate.moments")
    int moments;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", descriptionKey = "generate.seed")
    long seed;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", descriptionKey = "generate.today")
    String today;

    GenerateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        LocalDate day = today == null ? context.today() : Inputs.date("today", today);
        long started = System.nanoTime();
        GeneratorService.Summary s = context.services().generator()
                .generate(new GeneratorService.Spec(partners, moments, seed, day));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        context.out().println(context.messages().get("cli.generate.done", context.databasePath().toString(),
                s.partners(), s.contactPersons(), s.moments(), s.goals(), s.therapists(), took.toMillis() / 1000.0));
        return ExitCodes.DONE;
    }
}
