package nl.verbinder.service.transfer.csv;

/**
 * Keeps a spreadsheet from running a CSV cell as a formula (CSV injection): a cell that starts
 * with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which Excel and
 * LibreOffice show as text. Reading a CSV back, {@link #restore} takes that apostrophe off again,
 * so an export imports as it was.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return startsDangerously(value, 0) ? "'" + value : value;
    }

    /** The value as it was before {@link #cell} neutralised it. */
    public static String restore(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'' && startsDangerously(value, 1)) {
            return value.substring(1);
        }
        return value;
    }

    private static boolean startsDangerously(String value, int at) {
        char first = value.charAt(at);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
