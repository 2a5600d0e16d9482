package nl.verbinder.service.transfer.imports;

import java.util.List;

/**
 * Something wrong with, or worth knowing about, one row of an import file (or the whole file,
 * row 0). The message is a bundle key with arguments, so the window and the command line say
 * it in the user's language.
 *
 * @param row     the row as a spreadsheet numbers it (the header of a partner list is row 1); for
 *                a vCard file, the card's number; 0 for the file as a whole
 * @param column  the column's header as it is in the file, or {@code null}
 */
public record ImportProblem(int row, String column, Severity severity, String messageKey, List<Object> args) {

    /** An error keeps the row out (and the file, unless bad rows are skipped); a warning does not. */
    public enum Severity { ERROR, WARNING }

    public ImportProblem {
        args = List.copyOf(args);
    }

    public static ImportProblem error(int row, String column, String messageKey, Object... args) {
        return new ImportProblem(row, column, Severity.ERROR, messageKey, List.of(args));
    }

    public static ImportProblem warning(int row, String column, String messageKey, Object... args) {
        return new ImportProblem(row, column, Severity.WARNING, messageKey, List.of(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
