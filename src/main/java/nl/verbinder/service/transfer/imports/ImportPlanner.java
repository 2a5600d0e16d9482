package nl.verbinder.service.transfer.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.Partner;
import nl.verbinder.service.transfer.Progress;

/**
 * Turns the entries of a file into a plan: for each row, the partner it duplicates (already in
 * the database, or brought by an earlier row), what will happen to it, and the contact person it
 * duplicates at that partner. Pure apart from the two lookups it is given, so it can run again
 * when the user changes a choice, and once more inside the import's transaction.
 */
final class ImportPlanner {

    /** Where a landing row's partner ends up: an existing partner, or the one a row creates. */
    private record Target(Long existingId, Integer createdByRow, String name) {

        String key() {
            return existingId != null ? "p" + existingId : "r" + createdByRow;
        }
    }

    private final List<Partner> existingPartners;
    private final LongFunction<List<ContactPerson>> personsOf;

    /**
     * @param existingPartners the partners not in the trash
     * @param personsOf        the contact persons of an existing partner
     */
    ImportPlanner(List<Partner> existingPartners, LongFunction<List<ContactPerson>> personsOf) {
        this.existingPartners = existingPartners.stream().sorted(Comparator.comparing(Partner::id)).toList();
        this.personsOf = personsOf;
    }

    ImportPlan plan(ImportInput input, ImportOptions options, Progress progress) {
        return new Run(input, options).plan(progress);
    }

    /** A contact person a later row may duplicate, and where its current state is kept. */
    private record Known(Match match, String state) {
    }

    /**
     * One planning pass. It follows what the import will do to each record (the fields a merge
     * fills in), so the plan can say which rows change nothing and count what the run will.
     */
    private final class Run {

        private final ImportInput input;
        private final ImportOptions options;
        /** Each target partner and person as it will be after the rows so far. */
        private final Map<String, Partner> partnerState = new HashMap<>();
        private final Map<String, ContactPerson> personState = new HashMap<>();
        private final Map<String, Map<String, Known>> personsByTarget = new HashMap<>();

        Run(ImportInput input, ImportOptions options) {
            this.input = input;
            this.options = options;
        }

        ImportPlan plan(Progress progress) {
            PartnerMatching matching = input.matching();
            Map<String, Partner> existing = new HashMap<>();
            for (Partner partner : existingPartners) {
                for (PartnerMatching.Key key : matching.keys(partner)) {
                    existing.putIfAbsent(key.value(), partner);
                }
            }
            RowAction existingDefault = options.duplicatesOfExisting() != null ? options.duplicatesOfExisting()
                    : input.duplicatesDefault();
            Map<String, Target> claimed = new HashMap<>();
            Map<String, Integer> claimedByRow = new HashMap<>();
            List<PlannedRow> rows = new ArrayList<>();
            int done = 0;
            for (ImportEntry entry : input.entries()) {
                progress.update(++done, input.entries().size());
                if (entry.invalid() || entry.partner() == null) {
                    rows.add(new PlannedRow(entry.row(), entry.label(), RowAction.SKIP, entry.partner(), entry.person(),
                            null, null, entry.problems()));
                    continue;
                }
                List<PartnerMatching.Key> keys = matching.keys(entry.partner());
                Match match = null;
                Target target = null;
                for (PartnerMatching.Key key : keys) {
                    Partner found = existing.get(key.value());
                    if (found != null) {
                        match = Match.existing(found.id(), found.name(), key.reason());
                        target = new Target(found.id(), null, found.name());
                        partnerState.putIfAbsent(target.key(), found);
                        break;
                    }
                }
                if (match == null) {
                    for (PartnerMatching.Key key : keys) {
                        Target earlier = claimed.get(key.value());
                        if (earlier != null) {
                            match = Match.earlierRow(claimedByRow.get(key.value()), earlier.name(), key.reason());
                            target = earlier;
                            break;
                        }
                    }
                }
                RowAction action = match == null ? RowAction.CREATE : match.isExisting() ? existingDefault : RowAction.MERGE;
                RowAction chosen = options.decisions().get(entry.row());
                if (chosen != null && !(chosen == RowAction.MERGE && match == null)) {
                    action = chosen;
                }
                if (action == RowAction.SKIP) {
                    rows.add(new PlannedRow(entry.row(), entry.label(), action, entry.partner(), entry.person(), match,
                            null, entry.problems()));
                    continue;
                }
                List<String> partnerFills = List.of();
                if (action == RowAction.CREATE) {
                    target = new Target(null, entry.row(), entry.partner().name());
                    partnerState.put(target.key(), entry.partner());
                } else {
                    FieldFill.Filled<Partner> filled = FieldFill.fill(partnerState.get(target.key()), entry.partner());
                    partnerState.put(target.key(), filled.record());
                    partnerFills = filled.fields();
                }
                for (PartnerMatching.Key key : keys) {
                    if (claimed.putIfAbsent(key.value(), target) == null) {
                        claimedByRow.put(key.value(), entry.row());
                    }
                }
                List<ImportProblem> problems = new ArrayList<>(entry.problems());
                Match personMatch = null;
                List<String> personFills = List.of();
                if (entry.person() != null) {
                    Known known = personMatch(entry, target, problems);
                    if (known != null) {
                        personMatch = known.match();
                        FieldFill.Filled<ContactPerson> filled = FieldFill.fill(personState.get(known.state()),
                                entry.person());
                        personState.put(known.state(), filled.record());
                        personFills = filled.fields();
                    }
                }
                rows.add(new PlannedRow(entry.row(), entry.label(), action, entry.partner(), entry.person(), match,
                        personMatch, problems, partnerFills, personFills));
            }
            return new ImportPlan(input, options, rows);
        }

        /**
         * The person already at the target (in the database or from an earlier row), and claims
         * this row's person. The same name with another e-mail address is someone else: both
         * are kept, and the row says so.
         */
        private Known personMatch(ImportEntry entry, Target target, List<ImportProblem> problems) {
            Map<String, Known> persons = personsByTarget.computeIfAbsent(target.key(), k -> {
                Map<String, Known> known = new HashMap<>();
                if (target.existingId() != null) {
                    for (ContactPerson person : personsOf.apply(target.existingId())) {
                        String state = "p" + person.id();
                        personState.put(state, person);
                        for (PartnerMatching.Key key : PartnerMatching.keys(person)) {
                            known.putIfAbsent(key.value(), new Known(Match.existing(person.id(), person.name(),
                                    key.reason()), state));
                        }
                    }
                }
                return known;
            });
            Known found = null;
            ContactPerson namesake = null;
            List<PartnerMatching.Key> keys = PartnerMatching.keys(entry.person());
            for (PartnerMatching.Key key : keys) {
                Known known = persons.get(key.value());
                if (known == null) {
                    continue;
                }
                ContactPerson other = personState.get(known.state());
                if (key.reason() == MatchReason.SAME_NAME && PartnerMatching.otherEmail(other, entry.person())) {
                    namesake = other;
                    continue;
                }
                Match m = known.match();
                found = new Known(new Match(m.id(), m.name(), m.row(), key.reason()), known.state());
                break;
            }
            if (found == null) {
                String state = "r" + entry.row();
                personState.put(state, entry.person());
                if (namesake != null) {
                    problems.add(ImportProblem.warning(entry.row(), null, "transfer.import.person.namesake",
                            namesake.name(), namesake.email(), entry.person().email()));
                }
                for (PartnerMatching.Key key : keys) {
                    persons.putIfAbsent(key.value(), new Known(Match.earlierRow(entry.row(), entry.person().name(),
                            key.reason()), state));
                }
            }
            return found;
        }
    }
}
