package nl.verbinder.service.transfer.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import nl.verbinder.service.transfer.TextFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV the way people's files come, with Apache Commons CSV on a strict RFC 4180 format
 * (only the separator differs): it finds the separator, and a row it cannot read (a quote
 * that is not closed, text after a closing quote) is reported with its row and column while
 * reading goes on with the next line, so one broken row does not hide the others.
 */
public final class CsvReading {

    private static final char[] SEPARATORS = {';', ',', '\t'};
    private static final int SAMPLE_ROWS = 20;
    /** How far down a list's header is looked for among titles and notes. */
    private static final int HEADER_SEARCH_LINES = 20;

    private CsvReading() {
    }

    /**
     * Reads a table whose header is the first record that {@code isHeader} accepts (for a plain
     * list: the first record that is not empty). Records before it are not reported.
     */
    static CsvTable read(Path file, TextFile source, Predicate<List<String>> isHeader, String noHeaderKey) {
        return read(file, source, isHeader, noHeaderKey, Integer.MAX_VALUE, null);
    }

    /**
     * Reads a partner list. Its header is the row the user names ({@code headerRow}, as a
     * spreadsheet numbers rows), or else the first record among the first lines that
     * {@code namesColumns} accepts (so a title above the header is passed over, as LinkedIn's
     * notes are), or else the first record that is not empty.
     */
    static CsvTable readList(Path file, TextFile source, Integer headerRow, Predicate<List<String>> namesColumns,
                             String noHeaderKey) {
        if (headerRow != null) {
            return read(file, source, CsvReading::notBlank, noHeaderKey, Integer.MAX_VALUE, headerRow);
        }
        CsvTable found = read(file, source, namesColumns, noHeaderKey, HEADER_SEARCH_LINES, null);
        return found.header().isEmpty() ? read(file, source, CsvReading::notBlank, noHeaderKey, Integer.MAX_VALUE, null)
                : found;
    }

    private static CsvTable read(Path file, TextFile source, Predicate<List<String>> isHeader, String noHeaderKey,
                                 int searchLines, Integer headerRow) {
        String text = source.text();
        int skippedLines = 0;
        Character separator = null;
        // Excel's own hint on the first line ("sep=;") is honoured and, as Excel does, not counted as a row.
        String firstLine = text.lines().findFirst().orElse("");
        if (firstLine.matches("(?i)sep=.")) {
            separator = firstLine.charAt(4);
            List<Integer> lines = lineStarts(text);
            text = lines.size() > 1 ? text.substring(lines.get(1)) : "";
            skippedLines = 1;
        }
        List<Integer> starts = lineStarts(text);
        // With a header row given, the rows above it are taken to be one line each (titles, notes).
        int headerLine = headerRow != null ? Math.min(Math.max(headerRow - 1, 0), starts.size() - 1)
                : headerLine(text, starts, isHeader, searchLines);
        if (headerLine < 0) {
            return new CsvTable(file, source, separator == null ? ',' : separator, 0, List.of(), List.of(),
                    List.of(ImportProblem.error(0, null, noHeaderKey)));
        }
        if (separator == null) {
            separator = detectSeparator(text.substring(starts.get(headerLine)));
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<CsvTable.Row> all = parse(text, separator, problems, skippedLines);
        CsvTable.Row header = null;
        List<CsvTable.Row> rows = new ArrayList<>();
        for (CsvTable.Row row : all) {
            if (header == null) {
                if (headerRow != null) {
                    if (row.number() == headerRow && !row.isBlank()) {
                        header = row;
                    } else if (row.number() >= headerRow) {
                        break;
                    }
                } else if (row.line() - skippedLines - 1 >= headerLine && isHeader.test(row.cells())) {
                    header = row;
                }
            } else if (!row.isBlank()) {
                rows.add(row);
            }
        }
        if (header == null) {
            return new CsvTable(file, source, separator, 0, List.of(), List.of(), List.of(headerRow == null
                    ? ImportProblem.error(0, null, noHeaderKey)
                    : ImportProblem.error(0, null, "transfer.import.header-row.empty", headerRow, all.size())));
        }
        int headerNumber = header.number();
        List<String> headerCells = header.cells().stream().map(String::strip).toList();
        List<ImportProblem> rowProblems = problems.stream()
                .filter(p -> p.row() > headerNumber)
                .map(p -> p.column() == null ? p : new ImportProblem(p.row(), columnName(headerCells, p.column()),
                        p.severity(), p.messageKey(), p.args()))
                .toList();
        return new CsvTable(file, source, separator, headerNumber, headerCells, rows, rowProblems);
    }

    /** A plain list's header: the first record with a cell that is not blank. */
    static boolean notBlank(List<String> cells) {
        return cells.stream().anyMatch(c -> !c.isBlank());
    }

    /**
     * Parses every record; a record that cannot be read becomes a problem (its column, as a
     * 0-based index in text, is filled in by the caller) and reading restarts on the next line.
     */
    static List<CsvTable.Row> parse(String text, char separator, List<ImportProblem> problems, int lineOffset) {
        List<Integer> starts = lineStarts(text);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(false)
                .get();
        List<CsvTable.Row> rows = new ArrayList<>();
        int line = 0;
        int rowNumber = 1;
        restart:
        while (line < starts.size()) {
            int base = line;
            try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(starts.get(base))), format)) {
                Iterator<CSVRecord> records = parser.iterator();
                while (true) {
                    int recordLine = base + (int) parser.getCurrentLineNumber();
                    try {
                        if (!records.hasNext()) {
                            break restart;
                        }
                        CSVRecord record = records.next();
                        rows.add(new CsvTable.Row(rowNumber++, recordLine + 1 + lineOffset, record.toList()));
                    } catch (UncheckedIOException e) {
                        String broken = lineText(text, starts, recordLine);
                        problems.add(ImportProblem.error(rowNumber++, String.valueOf(brokenColumn(broken, separator)),
                                "transfer.import.csv.broken-quote"));
                        line = recordLine + 1;
                        continue restart;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rows;
    }

    /**
     * The separator that splits the header into most columns and the following rows into as
     * many: semicolon (Dutch Excel), comma, or tab.
     */
    static char detectSeparator(String text) {
        char best = ',';
        int bestScore = 0;
        int bestWidth = 0;
        for (char candidate : SEPARATORS) {
            List<CsvTable.Row> sample = sample(text, candidate);
            List<CsvTable.Row> filled = sample.stream().filter(r -> !r.isBlank()).toList();
            if (filled.isEmpty() || filled.getFirst().cells().size() < 2) {
                continue;
            }
            int width = filled.getFirst().cells().size();
            int score = (int) filled.stream().filter(r -> r.cells().size() == width).count();
            if (score > bestScore || (score == bestScore && width > bestWidth)) {
                best = candidate;
                bestScore = score;
                bestWidth = width;
            }
        }
        return best;
    }

    private static List<CsvTable.Row> sample(String text, char separator) {
        List<String> lines = text.lines().limit(SAMPLE_ROWS * 4L).toList();
        List<ImportProblem> ignored = new ArrayList<>();
        List<CsvTable.Row> rows = parse(String.join("\n", lines), separator, ignored, 0);
        return rows.subList(0, Math.min(SAMPLE_ROWS, rows.size()));
    }

    /** The first line (0-based) at which a record starts that the predicate accepts as the header. */
    private static int headerLine(String text, List<Integer> starts, Predicate<List<String>> isHeader, int searchLines) {
        for (int i = 0; i < Math.min(starts.size(), searchLines); i++) {
            String line = lineText(text, starts, i);
            for (char separator : SEPARATORS) {
                try (CSVParser parser = CSVParser.parse(new StringReader(line), CSVFormat.RFC4180.builder()
                        .setDelimiter(separator).get())) {
                    List<CSVRecord> records = parser.getRecords();
                    if (!records.isEmpty() && records.getFirst().size() > 1 && isHeader.test(records.getFirst().toList())) {
                        return i;
                    }
                } catch (IOException | UncheckedIOException e) {
                    // Not a header line.
                }
            }
            if (isHeader.test(List.of(line)) && !line.isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Which cell (0-based) of a line holds the broken quote: a quoted cell with text after its
     * closing quote, or a quote that is never closed. Only used to point at the problem.
     */
    static int brokenColumn(String line, char separator) {
        int column = 0;
        boolean atCellStart = true;
        boolean quoted = false;
        boolean closed = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        quoted = false;
                        closed = true;
                    }
                }
            } else if (c == separator) {
                column++;
                atCellStart = true;
                closed = false;
                continue;
            } else if (closed) {
                return column;
            } else if (c == '"' && atCellStart) {
                quoted = true;
            }
            atCellStart = false;
        }
        return column;
    }

    /** Where each line starts: after LF, after CR LF, and after a lone CR, as Commons CSV counts them. */
    static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (i + 1 < text.length()) {
                    starts.add(i + 1);
                }
            }
        }
        return starts;
    }

    private static String lineText(String text, List<Integer> starts, int line) {
        if (line >= starts.size()) {
            return "";
        }
        int end = line + 1 < starts.size() ? starts.get(line + 1) : text.length();
        return text.substring(starts.get(line), end).replaceAll("[\r\n]+$", "");
    }

    private static String columnName(List<String> header, String index) {
        int column = Integer.parseInt(index);
        return column < header.size() && !header.get(column).isBlank() ? header.get(column) : "#" + (column + 1);
    }
}
