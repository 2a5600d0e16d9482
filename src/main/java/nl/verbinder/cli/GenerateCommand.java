package nl.verbinder.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.domain.FieldError;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.demo.GeneratorService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate}: fill an empty database with a large synthetic practice, for benchmarks. */
@Command(name = "generate", hidden = true, mixinStandardHelpOptions = true, sortOptions = false)
final class GenerateCommand extends ContextCommand {

    @Option(names = "--partners", required = true, paramLabel = "N", descriptionKey = "generate.partners")
    int partners;

    @Option(names = "--moments", required = true, paramLabel = "M", descriptionKey = "generate.moments")
    int moments;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", descriptionKey = "generate.seed")
    long seed;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", descriptionKey = "generate.today")
    String today;

    GenerateCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        LocalDate day = context.today(today);
        // Checked before the database is opened, so a wrong count makes no file.
        List<FieldError> wrong = new ArrayList<>();
        if (partners < 1 || partners > GeneratorService.MAX_PARTNERS) {
            wrong.add(FieldError.of("partners", "error.generate.range", 1, GeneratorService.MAX_PARTNERS));
        }
        if (moments < 0 || moments > GeneratorService.MAX_MOMENTS) {
            wrong.add(FieldError.of("moments", "error.generate.range", 0, GeneratorService.MAX_MOMENTS));
        }
        if (!wrong.isEmpty()) {
            throw new UsageException(wrong);
        }
        long started = System.nanoTime();
        GeneratorService.Summary s = context.services().generator()
                .generate(new GeneratorService.Spec(partners, moments, seed, day));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Messages m = context.messages();
        context.out().println(m.get("cli.generate.summary", context.databasePath().toString(),
                m.count("count.partners", s.partners()), m.count("count.contact-persons", s.contactPersons()),
                m.count("count.moments", s.moments()), m.count("count.goals", s.goals()),
                m.count("count.therapists", s.therapists()), took.toMillis() / 1000.0));
        return ExitCodes.DONE;
    }
}
