package nl.verbinder.service.transfer.imports;

import java.util.List;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.Partner;

/**
 * One row of an import as the preview shows it and the import will do it.
 *
 * @param row           the row number as a spreadsheet shows it (for vCards, the card's number)
 * @param label         what the row is about, for people: the partner's or the person's name
 * @param action        what will happen; rows with errors are skipped
 * @param partner       the partner the row describes, or {@code null} when it brings none
 * @param person        the contact person the row brings, or {@code null}
 * @param partnerMatch  the partner this row duplicates or joins, or {@code null}
 * @param personMatch   the contact person this row's person duplicates, or {@code null}
 * @param problems      errors and warnings, each with its column
 * @param partnerFills  for a merge, the partner's empty fields this row fills in (names as in FieldError)
 * @param personFills   for a known contact person, the empty fields this row fills in
 */
public record PlannedRow(int row, String label, RowAction action, Partner partner, ContactPerson person,
                         Match partnerMatch, Match personMatch, List<ImportProblem> problems,
                         List<String> partnerFills, List<String> personFills) {

    public PlannedRow {
        problems = List.copyOf(problems);
        partnerFills = List.copyOf(partnerFills);
        personFills = List.copyOf(personFills);
    }

    PlannedRow(int row, String label, RowAction action, Partner partner, ContactPerson person, Match partnerMatch,
               Match personMatch, List<ImportProblem> problems) {
        this(row, label, action, partner, person, partnerMatch, personMatch, problems, List.of(), List.of());
    }

    /**
     * A merge that brings nothing new: the partner is there with these fields, and so is its
     * contact person (or the row has none). Importing the same file again gives only these.
     */
    public boolean unchanged() {
        return action == RowAction.MERGE && !invalid() && partnerFills.isEmpty()
                && (person == null || (personMatch != null && personFills.isEmpty()));
    }

    /** The row has errors: it is skipped, and the file refused unless bad rows are skipped. */
    public boolean invalid() {
        return problems.stream().anyMatch(ImportProblem::isError);
    }

    /** The row duplicates something (the user can choose to skip or merge it). */
    public boolean duplicate() {
        return partnerMatch != null;
    }

    /** The partner this row will make new, join, or none when it is skipped. */
    public boolean lands() {
        return action != RowAction.SKIP;
    }
}
