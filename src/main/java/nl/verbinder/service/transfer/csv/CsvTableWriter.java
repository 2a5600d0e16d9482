package nl.verbinder.service.transfer.csv;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The one CSV writer of Verbinder (exports and the command line's {@code --format csv}): a
 * header row, then one row per record, in a {@link CsvDialect}, every cell neutralised against
 * formulas. Jackson does the quoting.
 */
public final class CsvTableWriter implements AutoCloseable {

    private static final CsvMapper MAPPER = new CsvMapper();

    private final SequenceWriter rows;
    private final int width;

    private CsvTableWriter(SequenceWriter rows, int width) {
        this.rows = rows;
        this.width = width;
    }

    /** Starts a table on the writer: the byte-order mark if the dialect wants one, then the header. */
    public static CsvTableWriter start(Writer out, CsvDialect dialect, List<String> header) {
        try {
            if (dialect.byteOrderMark()) {
                out.write('\uFEFF');
            }
            CsvSchema.Builder schema = CsvSchema.builder()
                    .setUseHeader(false)
                    .setColumnSeparator(dialect.separator())
                    .setLineSeparator("\r\n");
            for (int i = 0; i < header.size(); i++) {
                schema.addColumn("c" + i);
            }
            CsvTableWriter writer = new CsvTableWriter(MAPPER.writer(schema.build()).writeValues(out), header.size());
            writer.row(header);
            return writer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one row; {@code null} cells stay empty. */
    public void row(List<String> cells) {
        if (cells.size() != width) {
            throw new IllegalArgumentException("Row has " + cells.size() + " cells, the header " + width);
        }
        List<String> safe = new ArrayList<>(width);
        for (String cell : cells) {
            safe.add(cell == null ? "" : SpreadsheetSafe.cell(cell));
        }
        try {
            rows.write(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finishes the table; the underlying writer stays open. */
    @Override
    public void close() {
        try {
            rows.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
