package nl.verbinder.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table for the terminal: columns as wide as their content, long cells cut with an ellipsis. */
final class TextTable {

    private final List<String> headers;
    private final int[] maxWidths;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * @param headers   the column titles
     * @param maxWidths the widest each column may get (cells are cut to fit)
     */
    TextTable(List<String> headers, int... maxWidths) {
        this.headers = headers;
        this.maxWidths = maxWidths;
    }

    TextTable add(List<String> row) {
        rows.add(row);
        return this;
    }

    void print(PrintWriter out) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], cell(row, i).length());
            }
            widths[i] = Math.min(widths[i], maxWidths[i]);
        }
        line(out, headers, widths);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
        }
        out.println(rule);
        for (List<String> row : rows) {
            line(out, row, widths);
        }
    }

    private static void line(PrintWriter out, List<String> row, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = cell(row, i);
            if (cell.length() > widths[i]) {
                cell = cell.substring(0, Math.max(0, widths[i] - 1)) + "…";
            }
            text.append(i == 0 ? "" : "  ");
            text.append(i == widths.length - 1 ? cell : pad(cell, widths[i]));
        }
        out.println(text.toString().stripTrailing());
    }

    private static String cell(List<String> row, int i) {
        String value = i < row.size() ? row.get(i) : null;
        return value == null ? "" : TerminalText.safe(value.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
