package nl.verbinder.service.transfer.csv;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * How a CSV export is written. Both follow RFC 4180 (quotes doubled, fields with a separator,
 * quote or line break quoted, lines ending in CRLF) and neutralise formulas.
 */
public enum CsvDialect {

    /** UTF-8 without byte-order mark, comma, ISO dates (2026-11-23): for other programs and scripts. */
    STANDARD(',', false, DateTimeFormatter.ISO_LOCAL_DATE),

    /**
     * What a Dutch Excel opens right with a double click: semicolon (Excel takes the list
     * separator of the Dutch regional settings), UTF-8 with a byte-order mark (without it Excel
     * reads the file as Windows-1252 and breaks accents; no {@code sep=} line, which would make
     * it ignore the mark), dates as 23-11-2026.
     */
    EXCEL_NL(';', true, DateTimeFormatter.ofPattern("dd-MM-yyyy"));

    private final char separator;
    private final boolean byteOrderMark;
    private final DateTimeFormatter dates;

    CsvDialect(char separator, boolean byteOrderMark, DateTimeFormatter dates) {
        this.separator = separator;
        this.byteOrderMark = byteOrderMark;
        this.dates = dates;
    }

    public char separator() {
        return separator;
    }

    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    /** The bundle key of its name ("Standaard (UTF-8, komma)", "Excel (NL)"), for an export dialog. */
    public String labelKey() {
        return this == STANDARD ? "transfer.dialect.standard" : "transfer.dialect.excel-nl";
    }

    public String date(LocalDate date) {
        return date == null ? null : dates.format(date);
    }
}
