package nl.verbinder.service.transfer.imports;

import nl.verbinder.domain.VerbinderException;

/** The import was refused as its plan shows (rows with errors, or a file that cannot be read); nothing was written. */
public final class ImportRefusedException extends VerbinderException {

    private final transient ImportPlan plan;

    public ImportRefusedException(ImportPlan plan) {
        super("transfer.import.refused", plan.counts().invalid());
        this.plan = plan;
    }

    /** The plan with every problem, for the report. */
    public ImportPlan plan() {
        return plan;
    }
}
