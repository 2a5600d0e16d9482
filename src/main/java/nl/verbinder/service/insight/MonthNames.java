package nl.verbinder.service.insight;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/** Months as the charts label them, in the user's language: "jan 2026", "Jan 2026". */
public final class MonthNames {

    private MonthNames() {
    }

    /** The short month and the year, without the abbreviation's dot ("okt 2026", "Oct 2026"). */
    public static String label(YearMonth month, Locale locale) {
        return shortMonth(month, locale) + " " + month.getYear();
    }

    /** The short month alone ("okt", "Oct"). */
    public static String shortMonth(YearMonth month, Locale locale) {
        String name = month.getMonth().getDisplayName(TextStyle.SHORT, locale).replace(".", "");
        return name.length() > 3 ? name.substring(0, 3) : name;
    }
}
