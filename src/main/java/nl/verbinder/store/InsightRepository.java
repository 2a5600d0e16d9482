package nl.verbinder.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.insight.CategoryStatusCount;
import nl.verbinder.domain.insight.GiveAskMonth;
import nl.verbinder.domain.insight.Quarter;
import nl.verbinder.domain.insight.QuarterFigures;

/**
 * Counts for the charts and the quarterly report, each aggregated by the database in one
 * query. Partners in the trash and their moments are left out everywhere.
 */
public interface InsightRepository {

    /** Contact moments of one therapist (by who logged it; {@code null} = nobody known) in one month. */
    record TherapistMonth(YearMonth month, Long therapistId, String therapistName, int count) {
    }

    /** Contact moments of one kind in one month. */
    record KindMonth(YearMonth month, ContactKind kind, int count) {
    }

    /** Moments dated from {@code from} to {@code to} (both included), per month and therapist; months without moments are absent. */
    List<TherapistMonth> momentsPerMonthByTherapist(LocalDate from, LocalDate to);

    /** Moments dated from {@code from} to {@code to} (both included), per month and kind; months without moments are absent. */
    List<KindMonth> momentsPerMonthByKind(LocalDate from, LocalDate to);

    /** Partners per category and status; combinations without partners are absent. */
    List<CategoryStatusCount> partnersPerCategoryAndStatus();

    /** Per month from {@code from} to {@code to}: moments where we offered, where we asked; months without either are absent. */
    List<GiveAskMonth> giveAndAskPerMonth(LocalDate from, LocalDate to);

    /** Shared goals per status; statuses without goals are absent. */
    Map<GoalStatus, Integer> goalsPerStatus();

    /** The quarter's headline figures, counted up to {@code until} (within the quarter). */
    QuarterFigures quarterFigures(Quarter quarter, LocalDate until);
}
