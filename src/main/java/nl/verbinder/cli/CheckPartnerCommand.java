package nl.verbinder.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.relationship.RelationshipCheck;
import nl.verbinder.domain.relationship.RelationshipQuestion;
import nl.verbinder.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code partner check NAME [--openness N] ...}: the relationship check of a partner. With
 * answers it saves them (the ones not given stay as they were); it always prints the six
 * answers, the trust score, the value score and what the chart suggests.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false)
final class CheckPartnerCommand extends ContextCommand {

    @Parameters(index = "0", paramLabel = "NAME_OR_ID", descriptionKey = "partner-check.partner")
    String partner;

    @Option(names = "--openness", paramLabel = "1-4", descriptionKey = "partner-check.answer")
    String openness;

    @Option(names = "--reliability", paramLabel = "1-4", descriptionKey = "partner-check.answer")
    String reliability;

    @Option(names = "--shared-mission", paramLabel = "1-4", descriptionKey = "partner-check.answer")
    String sharedMission;

    @Option(names = "--influence", paramLabel = "1-4", descriptionKey = "partner-check.answer")
    String influence;

    @Option(names = "--involvement", paramLabel = "1-4", descriptionKey = "partner-check.answer")
    String involvement;

    @Option(names = "--contribution", paramLabel = "1-4", descriptionKey = "partner-check.answer")
    String contribution;

    CheckPartnerCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Map<RelationshipQuestion, String> given = new EnumMap<>(RelationshipQuestion.class);
        given.put(RelationshipQuestion.OPENNESS, openness);
        given.put(RelationshipQuestion.RELIABILITY, reliability);
        given.put(RelationshipQuestion.SHARED_MISSION, sharedMission);
        given.put(RelationshipQuestion.INFLUENCE, influence);
        given.put(RelationshipQuestion.INVOLVEMENT, involvement);
        given.put(RelationshipQuestion.CONTRIBUTION, contribution);
        List<FieldError> unreadable = new ArrayList<>();
        Map<RelationshipQuestion, Integer> answers = Inputs.numbers(given, q -> "relationship." + q.code(), unreadable);
        if (!unreadable.isEmpty()) {
            throw new UsageException(unreadable);
        }
        Partner target = context.services().partners().resolve(partner);
        RelationshipCheck check = context.services().relationshipChecks().check(target.id());
        if (!answers.isEmpty()) {
            Map<RelationshipQuestion, Integer> all = new EnumMap<>(RelationshipQuestion.class);
            all.putAll(check.answers());
            all.putAll(answers);
            check = context.services().relationshipChecks().save(target.id(), all, context.today());
        }
        Messages m = context.messages();
        context.out().println(target.name());
        for (RelationshipQuestion q : RelationshipQuestion.values()) {
            Integer a = check.answer(q);
            context.out().println("  " + m.get(q.labelKey()) + ": " + (a == null ? "-" : a));
        }
        context.out().println(m.get("relationship.trust-score") + ": " + score(check.trustScore()));
        context.out().println(m.get("relationship.value-score") + ": " + score(check.valueScore()));
        context.out().println(m.get("relationship.advice") + ": "
                + (check.advice() == null ? "-" : m.get(check.advice().labelKey())));
        return ExitCodes.DONE;
    }

    private String score(Double score) {
        return score == null ? "-" : String.format(context.messages().locale(), "%.1f", score);
    }
}
