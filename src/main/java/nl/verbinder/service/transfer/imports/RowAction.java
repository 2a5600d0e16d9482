package nl.verbinder.service.transfer.imports;

import java.util.Locale;

/** What an import does with one row. */
public enum RowAction {
    /** Adds the row's partner (and contact person) as new. */
    CREATE,
    /**
     * Joins the row with the partner it duplicates (an existing one, or one an earlier row
     * brings): fills in that partner's empty fields from the row, never overwriting a value,
     * and adds the row's contact person (or fills in the one already there).
     */
    MERGE,
    /** Leaves the row out. */
    SKIP;

    /** The bundle key of its label ("Nieuw", "Samenvoegen", "Overslaan"), for choosing per row. */
    public String labelKey() {
        return "transfer.row-action." + name().toLowerCase(Locale.ROOT);
    }
}
