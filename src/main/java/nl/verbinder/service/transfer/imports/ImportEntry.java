package nl.verbinder.service.transfer.imports;

import java.util.List;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.Partner;

/**
 * One row of a file as read, before duplicates are looked for: the partner and contact person
 * it describes (as drafts, not yet validated by saving) and what is wrong with it.
 */
record ImportEntry(int row, String label, Partner partner, ContactPerson person, List<ImportProblem> problems) {

    ImportEntry {
        problems = List.copyOf(problems);
    }

    boolean invalid() {
        return problems.stream().anyMatch(ImportProblem::isError);
    }
}
