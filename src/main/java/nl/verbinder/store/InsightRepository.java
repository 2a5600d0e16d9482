package nl.verbinder.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.insight.CategoryStatusCount;
import nl.verbinder.domain.insight.Quarter;
import nl.verbinder.domain.insight.QuarterFigures;

/**
 * Counts for the charts and the quarterly report, each aggregated by the database in one
 * query. Partners in the trash and their moments are left out everywhere; "in the trash" and
 * every partner's and goal's status are as they were at the end of the period asked.
 */
public interface InsightRepository {

    /**
     * Contact moments in one month logged by one therapist ({@code null} = nobody known) of
     * one kind: how many, and how many of them offered and asked something.
     */
    record MomentMonth(YearMonth month, Long therapistId, String therapistName, ContactKind kind, int count,
                       int offered, int asked) {
    }

    /**
     * Moments dated from {@code from} to {@code to} (both included), per month, therapist and
     * kind, in one pass; combinations without moments are absent. Moments of partners that
     * were in the trash at the end of {@code to} are left out.
     */
    List<MomentMonth> momentsPerMonth(LocalDate from, LocalDate to);

    /**
     * Partners per category and status as they were at the end of {@code asOf} (those that
     * existed then and were not in the trash); combinations without partners are absent.
     */
    List<CategoryStatusCount> partnersPerCategoryAndStatus(LocalDate asOf);

    /** Shared goals per status as they were at the end of {@code asOf}; statuses without goals are absent. */
    Map<GoalStatus, Integer> goalsPerStatus(LocalDate asOf);

    /**
     * The quarter's headline figures, counted up to {@code until} (within the quarter), with
     * the partners, goals and follow-ups as they were then.
     */
    QuarterFigures quarterFigures(Quarter quarter, LocalDate until);
}
