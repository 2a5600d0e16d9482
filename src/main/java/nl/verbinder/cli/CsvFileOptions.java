package nl.verbinder.cli;

import java.nio.file.Path;
import nl.verbinder.service.transfer.csv.CsvDialect;
import picocli.CommandLine.Option;

/**
 * What the CSV exports ({@code export partners}, {@code export moments}, {@code export networks})
 * share: the file to write ({@code --out}) and whether it is for a Dutch Excel ({@code --excel})
 * (a picocli mixin).
 */
final class CsvFileOptions {

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "transfer.export.out.csv")
    Path out;

    @Option(names = "--excel", descriptionKey = "transfer.export.excel")
    boolean excel;

    /** Semicolons, a BOM and Dutch dates for Excel; otherwise standard CSV. */
    CsvDialect dialect() {
        return excel ? CsvDialect.EXCEL_NL : CsvDialect.STANDARD;
    }
}
