package nl.verbinder.service.insight;

import java.nio.file.Path;
import nl.verbinder.domain.insight.Quarter;

/** A quarterly report that was written: where, for which quarter, how many pages. */
public record ReportSummary(Path file, Quarter quarter, int pages) {
}
