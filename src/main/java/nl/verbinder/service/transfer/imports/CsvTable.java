package nl.verbinder.service.transfer.imports;

import java.nio.file.Path;
import java.util.List;
import nl.verbinder.service.transfer.TextFile;

/**
 * A CSV file as read for an import, before any meaning is given to its columns: how it was
 * read (encoding, separator), its header, its rows, and the rows that could not be read.
 *
 * @param headerRow the header's row number as a spreadsheet shows it (1 for a plain list)
 * @param problems  rows that could not be read (a broken quote), with row and column
 */
public record CsvTable(Path file, TextFile source, char separator, int headerRow, List<String> header,
                       List<Row> rows, List<ImportProblem> problems) {

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /**
     * One row of cells.
     *
     * @param number the row number as a spreadsheet shows it
     * @param line   the line in the file where the row starts (differs when cells hold line breaks)
     */
    public record Row(int number, int line, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell in this column, or {@code ""} when the row is shorter. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** The separator as people name it: "," ";" or "tab". */
    public String separatorName() {
        return separator == '\t' ? "tab" : String.valueOf(separator);
    }

    /** The header of a column, or its position ("kolom 7") when the header is shorter. */
    public String columnName(int column) {
        return column < header.size() && !header.get(column).isBlank() ? header.get(column) : "#" + (column + 1);
    }
}
