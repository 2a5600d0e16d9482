package nl.verbinder.ui.insight;

import java.nio.file.Path;
import java.util.function.Consumer;
import nl.verbinder.domain.insight.Quarter;
import nl.verbinder.service.insight.ReportSummary;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.ui.area.UiContext;

/** Writes the quarterly network report in the background. */
public final class ReportViewModel {

    private final UiContext context;

    public ReportViewModel(UiContext context) {
        this.context = context;
    }

    /** Writes the report for the quarter to the file; {@code written} is told what was written. */
    public void write(Quarter quarter, Path file, Consumer<ReportSummary> written) {
        write(quarter, file, null, written);
    }

    /**
     * Writes the report for the quarter to the file under the practice name given (null: the
     * practice's own); {@code written} is told what was written.
     */
    public void write(Quarter quarter, Path file, String practiceName, Consumer<ReportSummary> written) {
        context.run(() -> context.services().reports().write(quarter, file, context.messages(), Progress.none(),
                practiceName), written);
    }

    /** Looks up the practice's own name in the background; {@code found} gets it, or "" when it has none. */
    public void practiceName(Consumer<String> found) {
        context.run(() -> context.services().reports().practiceName().orElse(""), found);
    }
}
