package nl.verbinder.service.transfer.imports;

import java.nio.file.Path;
import java.util.List;
import nl.verbinder.domain.ImportSource;

/**
 * A file as read for an import: its rows as entries and what is wrong with the file as a
 * whole. Planning (finding duplicates, applying the user's choices) starts from it and can be
 * done again when the choices change, without reading the file again.
 *
 * @param encoding  how the text was read ("UTF-8 BOM", "Windows-1252")
 * @param separator the CSV separator, or {@code null} for vCards
 * @param columns   for a partner list, each column and the field it goes into
 * @param matching  how rows are matched to partners
 */
record ImportInput(ImportSource source, Path file, String encoding, Character separator, List<ColumnUse> columns,
                   List<ImportEntry> entries, List<ImportProblem> fileProblems, PartnerMatching matching,
                   RowAction duplicatesDefault) {

    ImportInput {
        columns = List.copyOf(columns);
        entries = List.copyOf(entries);
        fileProblems = List.copyOf(fileProblems);
    }
}
