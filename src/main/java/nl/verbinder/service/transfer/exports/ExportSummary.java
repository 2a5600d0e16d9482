package nl.verbinder.service.transfer.exports;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param target   the file (or, for one vCard per person, the folder) written
 * @param written  how many records it holds
 * @param leftOut  how many records could not go in (follow-ups without a due date as calendar events)
 * @param files    the files written, in order
 */
public record ExportSummary(Path target, int written, int leftOut, List<Path> files) {

    public ExportSummary {
        files = List.copyOf(files);
    }
}
