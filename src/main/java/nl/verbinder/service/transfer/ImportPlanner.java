package nl.verbinder.service.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.Partner;

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
        Map<String, Map<String, Match>> personsByTarget = new HashMap<>();
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
            if (action == RowAction.CREATE) {
                target = new Target(null, entry.row(), entry.partner().name());
            }
            for (PartnerMatching.Key key : keys) {
                if (claimed.putIfAbsent(key.value(), target) == null) {
                    claimedByRow.put(key.value(), entry.row());
                }
            }
            Match personMatch = entry.person() == null ? null
                    : personMatch(entry, target, personsByTarget);
            rows.add(new PlannedRow(entry.row(), entry.label(), action, entry.partner(), entry.person(), match,
                    personMatch, entry.problems()));
        }
        return new ImportPlan(input, options, rows);
    }

    /** The person already at the target (in the database or from an earlier row), and claims this row's person. */
    private Match personMatch(ImportEntry entry, Target target, Map<String, Map<String, Match>> personsByTarget) {
        Map<String, Match> persons = personsByTarget.computeIfAbsent(target.key(), k -> {
            Map<String, Match> known = new HashMap<>();
            if (target.existingId() != null) {
                for (ContactPerson person : personsOf.apply(target.existingId())) {
                    for (PartnerMatching.Key key : PartnerMatching.keys(person)) {
                        known.putIfAbsent(key.value(), Match.existing(person.id(), person.name(), key.reason()));
                    }
                }
            }
            return known;
        });
        Match found = null;
        List<PartnerMatching.Key> keys = PartnerMatching.keys(entry.person());
        for (PartnerMatching.Key key : keys) {
            Match known = persons.get(key.value());
            if (known != null) {
                found = new Match(known.id(), known.name(), known.row(), key.reason());
                break;
            }
        }
        for (PartnerMatching.Key key : keys) {
            persons.putIfAbsent(key.value(), Match.earlierRow(entry.row(), entry.person().name(), key.reason()));
        }
        return found;
    }
}
