package nl.verbinder.service.transfer.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.Partner;
import nl.verbinder.service.ContactPersonService;
import nl.verbinder.service.PartnerService;

/**
 * Checks an imported row with the same rules as the forms (the services' {@code check}), and
 * turns each field error into a problem on the row's column.
 */
final class RowChecks {

    private final PartnerService partners;
    private final ContactPersonService persons;

    RowChecks(PartnerService partners, ContactPersonService persons) {
        this.partners = partners;
        this.persons = persons;
    }

    /**
     * The partner's errors, each on the column its field came from.
     *
     * @param columnOf the column header for a field, or {@code null} when no column holds it
     */
    List<ImportProblem> partner(int row, Partner draft, Function<String, String> columnOf) {
        return problems(row, partners.check(draft), columnOf);
    }

    /** The contact person's errors; the partner it will belong to may not exist yet, so that is not checked. */
    List<ImportProblem> person(int row, ContactPerson draft, Function<String, String> columnOf) {
        List<FieldError> errors = persons.check(draft).stream().filter(e -> !e.field().equals("partner")).toList();
        return problems(row, errors, columnOf);
    }

    private static List<ImportProblem> problems(int row, List<FieldError> errors, Function<String, String> columnOf) {
        List<ImportProblem> problems = new ArrayList<>();
        for (FieldError error : errors) {
            String key = KEYS.getOrDefault(error.messageKey(), error.messageKey());
            problems.add(new ImportProblem(row, columnOf.apply(error.field()), ImportProblem.Severity.ERROR, key,
                    error.args()));
        }
        return problems;
    }

    /** Form texts that read oddly in an import report ("fill this in"), said the import's way. */
    private static final Map<String, String> KEYS = Map.of("error.required", "transfer.import.missing-value");
}
