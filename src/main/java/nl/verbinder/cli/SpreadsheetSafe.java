package nl.verbinder.cli;

/**
 * Keeps a spreadsheet from running a CSV cell as a formula (CSV injection): a cell that
 * starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which
 * Excel and LibreOffice show as text.
 */
final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }
}
