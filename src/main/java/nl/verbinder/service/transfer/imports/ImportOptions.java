package nl.verbinder.service.transfer.imports;

import java.util.HashMap;
import java.util.Map;

/**
 * The user's choices for an import.
 *
 * @param skipInvalid          import the good rows of a file with bad ones (otherwise it is refused)
 * @param duplicatesOfExisting what to do with rows that duplicate a partner already there, or
 *                             {@code null} for the source's default (a partner list: skip; LinkedIn and
 *                             vCards: merge, as people join their company)
 * @param decisions            per row number, the user's own choice, over any default
 */
public record ImportOptions(boolean skipInvalid, RowAction duplicatesOfExisting, Map<Integer, RowAction> decisions) {

    public ImportOptions {
        decisions = Map.copyOf(decisions);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(false, null, Map.of());
    }

    public ImportOptions withSkipInvalid(boolean value) {
        return new ImportOptions(value, duplicatesOfExisting, decisions);
    }

    public ImportOptions withDuplicatesOfExisting(RowAction value) {
        return new ImportOptions(skipInvalid, value, decisions);
    }

    public ImportOptions withDecision(int row, RowAction action) {
        Map<Integer, RowAction> changed = new HashMap<>(decisions);
        if (action == null) {
            changed.remove(row);
        } else {
            changed.put(row, action);
        }
        return new ImportOptions(skipInvalid, duplicatesOfExisting, changed);
    }
}
