package nl.verbinder.domain.insight;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verbinder.domain.VerbinderException;

/**
 * A quarter of a calendar year, written {@code 2026Q3} (July to September 2026).
 *
 * @param year   the calendar year
 * @param number 1 to 4
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern TEXT = Pattern.compile("\\s*(\\d{4})\\s*[-/ ]?\\s*[Qq]\\s*([1-4])\\s*");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A quarter is numbered 1 to 4, not " + number);
        }
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("Year out of range: " + year);
        }
    }

    /**
     * Reads {@code 2026Q3} (also {@code 2026q3}, {@code 2026-Q3}).
     *
     * @throws VerbinderException {@code insights.quarter.invalid} for anything else
     */
    public static Quarter parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text);
        if (m == null || !m.matches()) {
            throw new VerbinderException("insights.quarter.invalid", text == null ? "" : text.strip());
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The quarter a day falls in. */
    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** The first day of the quarter. */
    public LocalDate start() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    /** The last day of the quarter. */
    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(year * 4 + number, other.year * 4 + other.number);
    }

    @Override
    public String toString() {
        return year + "Q" + number;
    }
}
