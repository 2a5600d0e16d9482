package nl.verbinder.service.transfer.imports;

import java.util.List;
import nl.verbinder.domain.ImportRecord;
import nl.verbinder.domain.UndoBlocker;
import nl.verbinder.domain.VerbinderException;

/** An import cannot be undone because records it created or filled in were changed since; nothing was undone. */
public final class UndoRefusedException extends VerbinderException {

    private final transient ImportRecord record;
    private final transient List<UndoBlocker> blockers;

    public UndoRefusedException(ImportRecord record, List<UndoBlocker> blockers) {
        super("transfer.import.undo.refused", record.id(), record.fileName(), blockers.size());
        this.record = record;
        this.blockers = List.copyOf(blockers);
    }

    public ImportRecord record() {
        return record;
    }

    /** Each record that stands in the way, and why. */
    public List<UndoBlocker> blockers() {
        return blockers;
    }
}
