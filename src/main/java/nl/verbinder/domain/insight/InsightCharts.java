package nl.verbinder.domain.insight;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import nl.verbinder.domain.GoalStatus;

/**
 * Everything the Inzicht charts show, read in one go over one period of months.
 *
 * @param byTherapist   contact moments per month, stacked by therapist
 * @param byKind        contact moments per month, stacked by kind
 * @param partners      partners per category and status (only non-zero counts)
 * @param giveAndAsk    moments where we offered and where we asked, per month of the period
 * @param goals         shared goals per status, every status present (zero included)
 * @param factors       environment notes per factor, every factor present (zero included)
 */
public record InsightCharts(YearMonth from, YearMonth to, MomentsPerMonth byTherapist, MomentsPerMonth byKind,
                            List<CategoryStatusCount> partners, List<GiveAskMonth> giveAndAsk,
                            Map<GoalStatus, Integer> goals, List<FactorCount> factors) {

    public InsightCharts {
        partners = List.copyOf(partners);
        giveAndAsk = List.copyOf(giveAndAsk);
        goals = Map.copyOf(goals);
        factors = List.copyOf(factors);
    }

    public MomentsPerMonth moments(MomentGrouping grouping) {
        return grouping == MomentGrouping.KIND ? byKind : byTherapist;
    }
}
