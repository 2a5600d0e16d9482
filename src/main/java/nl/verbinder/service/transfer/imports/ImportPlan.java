package nl.verbinder.service.transfer.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.verbinder.domain.ImportSource;

/**
 * The preview of an import, and what {@link ImportService#run} will do: per row, whether it
 * is created, merged or skipped, the duplicates found, and every problem with its row and
 * column. Nothing has been written. Change the choices with {@link ImportService#replan}.
 */
public final class ImportPlan {

    /**
     * What the import will do, counted: rows by what happens to them, and records the way the
     * run counts them afterwards (a partner filled in by two rows is one partner filled in).
     *
     * @param rowsToMerge      rows merged into a partner that bring something new
     * @param personsToMerge   contact persons already there that get a field filled in
     * @param unchanged        rows whose partner (and contact person) is already there with all they bring
     * @param partnersToFill   partners already there that get a field filled in
     */
    public record Counts(int partnersToCreate, int rowsToMerge, int personsToCreate, int personsToMerge, int skipped,
                         int invalid, int unchanged, int partnersToFill) {

        /** Rows that change something. */
        public int landing() {
            return partnersToCreate + rowsToMerge;
        }
    }

    private final ImportInput input;
    private final ImportOptions options;
    private final List<PlannedRow> rows;

    ImportPlan(ImportInput input, ImportOptions options, List<PlannedRow> rows) {
        this.input = input;
        this.options = options;
        this.rows = List.copyOf(rows);
    }

    ImportInput input() {
        return input;
    }

    public ImportSource source() {
        return input.source();
    }

    public Path file() {
        return input.file();
    }

    /** How the file was read: "UTF-8 BOM", "UTF-8", "Windows-1252". */
    public String encoding() {
        return input.encoding();
    }

    /** The CSV separator, or {@code null} for a vCard file. */
    public Character separator() {
        return input.separator();
    }

    /** For a partner list: each column and the field it goes into ({@code null}: not imported). */
    public List<ColumnUse> columns() {
        return input.columns();
    }

    public ImportOptions options() {
        return options;
    }

    public List<PlannedRow> rows() {
        return rows;
    }

    /** Problems with the file as a whole (row 0): no header, no name column, no cards. */
    public List<ImportProblem> fileProblems() {
        return input.fileProblems();
    }

    /** Every problem, the file's first, then by row. */
    public List<ImportProblem> problems() {
        List<ImportProblem> all = new ArrayList<>(input.fileProblems());
        rows.forEach(r -> all.addAll(r.problems()));
        all.sort(Comparator.comparingInt(ImportProblem::row));
        return all;
    }

    public Counts counts() {
        int create = 0;
        int merge = 0;
        int unchanged = 0;
        int personsNew = 0;
        int skipped = 0;
        int invalid = 0;
        Set<Long> partnersFilled = new HashSet<>();
        Set<Long> personsFilled = new HashSet<>();
        for (PlannedRow row : rows) {
            if (row.invalid()) {
                invalid++;
                continue;
            }
            switch (row.action()) {
                case CREATE -> create++;
                case MERGE -> {
                    if (row.unchanged()) {
                        unchanged++;
                    } else {
                        merge++;
                    }
                }
                case SKIP -> skipped++;
            }
            if (!row.lands()) {
                continue;
            }
            if (row.action() == RowAction.MERGE && row.partnerMatch().isExisting() && !row.partnerFills().isEmpty()) {
                partnersFilled.add(row.partnerMatch().id());
            }
            if (row.person() != null) {
                if (row.personMatch() == null) {
                    personsNew++;
                } else if (row.personMatch().isExisting() && !row.personFills().isEmpty()) {
                    personsFilled.add(row.personMatch().id());
                }
            }
        }
        return new Counts(create, merge, personsNew, personsFilled.size(), skipped, invalid, unchanged,
                partnersFilled.size());
    }

    /**
     * True when the import would be refused: the file cannot be read as it should, or rows
     * have errors and the user did not choose to skip them.
     */
    public boolean refused() {
        return input.fileProblems().stream().anyMatch(ImportProblem::isError)
                || (!options.skipInvalid() && rows.stream().anyMatch(PlannedRow::invalid));
    }
}
