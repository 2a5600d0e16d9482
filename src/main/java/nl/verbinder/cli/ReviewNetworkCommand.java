package nl.verbinder.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.networks.DimensionScore;
import nl.verbinder.domain.networks.EffectivenessFactors;
import nl.verbinder.domain.networks.GovernanceFit;
import nl.verbinder.domain.networks.MaturityDimension;
import nl.verbinder.domain.networks.NetworkReview;
import nl.verbinder.domain.networks.NetworkTip;
import nl.verbinder.domain.networks.PracticeNetwork;
import nl.verbinder.domain.networks.ReviewDecision;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.NetworkTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code network review --network NAME ...}: records a review of a network, the six scores as
 * options; prints the review's number and the governance-fit hint with its reasons.
 */
@Command(name = "review", mixinStandardHelpOptions = true, sortOptions = false)
final class ReviewNetworkCommand extends ContextCommand {

    @Option(names = "--network", required = true, paramLabel = "NAME_OR_ID", descriptionKey = "network-review.network")
    String network;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "network-review.date")
    String date;

    @Option(names = "--shared-purpose", required = true, paramLabel = "1-4", descriptionKey = "network-review.score")
    String sharedPurpose;

    @Option(names = "--compelling-goal", required = true, paramLabel = "1-4", descriptionKey = "network-review.score")
    String compellingGoal;

    @Option(names = "--daily-needs", required = true, paramLabel = "1-4", descriptionKey = "network-review.score")
    String dailyNeeds;

    @Option(names = "--fitting-leadership", required = true, paramLabel = "1-4",
            descriptionKey = "network-review.score")
    String fittingLeadership;

    @Option(names = "--strong-ties", required = true, paramLabel = "1-4", descriptionKey = "network-review.score")
    String strongTies;

    @Option(names = "--useful-output", required = true, paramLabel = "1-4", descriptionKey = "network-review.score")
    String usefulOutput;

    @Option(names = "--reason", paramLabel = "DIMENSION=TEXT", descriptionKey = "network-review.reason")
    List<String> reasons = List.of();

    @Option(names = "--trust", required = true, paramLabel = "1-4", descriptionKey = "network-review.trust")
    String trust;

    @Option(names = "--participants", paramLabel = "N", descriptionKey = "network-review.participants")
    String participants;

    @Option(names = "--consensus", required = true, paramLabel = "1-4", descriptionKey = "network-review.consensus")
    String consensus;

    @Option(names = "--competence-need", required = true, paramLabel = "1-4",
            descriptionKey = "network-review.competence-need")
    String competenceNeed;

    @Option(names = "--yes", paramLabel = "TIP", split = ",", descriptionKey = "network-review.yes")
    List<String> yes = List.of();

    @Option(names = "--decision", required = true, paramLabel = "DECISION", descriptionKey = "network-review.decision")
    String decision;

    @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "network-review.note")
    String note;

    ReviewNetworkCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        List<FieldError> unreadable = new ArrayList<>();
        Map<MaturityDimension, String> given = new EnumMap<>(MaturityDimension.class);
        given.put(MaturityDimension.SHARED_PURPOSE, sharedPurpose);
        given.put(MaturityDimension.COMPELLING_GOAL, compellingGoal);
        given.put(MaturityDimension.DAILY_NEEDS, dailyNeeds);
        given.put(MaturityDimension.FITTING_LEADERSHIP, fittingLeadership);
        given.put(MaturityDimension.STRONG_TIES, strongTies);
        given.put(MaturityDimension.USEFUL_OUTPUT, usefulOutput);
        Map<MaturityDimension, String> why = new EnumMap<>(MaturityDimension.class);
        for (String reason : reasons) {
            int eq = reason.indexOf('=');
            MaturityDimension d = eq <= 0 ? null : Inputs.collecting(unreadable,
                    () -> Inputs.code(MaturityDimension.class, "reason", reason.substring(0, eq)));
            if (eq <= 0) {
                unreadable.add(FieldError.of("reason", "error.network.reason-syntax", reason));
            } else if (d != null) {
                why.put(d, reason.substring(eq + 1));
            }
        }
        Map<MaturityDimension, DimensionScore> scores = new EnumMap<>(MaturityDimension.class);
        Inputs.numbers(given, d -> "dimension." + d.code(), unreadable)
                .forEach((d, score) -> scores.put(d, new DimensionScore(score, why.get(d))));
        Integer t = Inputs.collecting(unreadable, () -> Inputs.number("trust", trust));
        Integer c = Inputs.collecting(unreadable, () -> Inputs.number("goalConsensus", consensus));
        Integer n = Inputs.collecting(unreadable, () -> Inputs.number("competenceNeed", competenceNeed));
        Integer size = participants == null ? null
                : Inputs.collecting(unreadable, () -> Inputs.number("participants", participants));
        Set<NetworkTip> tips = EnumSet.noneOf(NetworkTip.class);
        for (String tip : yes) {
            NetworkTip found = Inputs.collecting(unreadable, () -> Inputs.code(NetworkTip.class, "tips", tip));
            if (found != null) {
                tips.add(found);
            }
        }
        ReviewDecision d = Inputs.collecting(unreadable, () -> Inputs.code(ReviewDecision.class, "decision", decision));
        LocalDate on = date == null ? context.today() : Inputs.collecting(unreadable, () -> Inputs.date("reviewedOn", date));
        if (!unreadable.isEmpty()) {
            throw new UsageException(unreadable);
        }
        PracticeNetwork target = context.services().practiceNetworks().resolve(network, "network");
        int participantCount = size != null ? size : Math.max(1, target.members().size());
        NetworkReview review = context.services().practiceNetworks().review(new NetworkReview(null, target.id(), on,
                scores, new EffectivenessFactors(t, participantCount, c, n), tips, d, note, null));
        context.out().println(review.id());
        Messages m = context.messages();
        GovernanceFit fit = GovernanceFit.of(review.factors());
        context.err().println(NetworkTexts.fitSummary(m, fit, target.governance()));
        for (String line : NetworkTexts.fitReasons(m, fit)) {
            context.err().println("  " + line);
        }
        context.err().println(m.get("network-fit.note"));
        return ExitCodes.DONE;
    }
}
