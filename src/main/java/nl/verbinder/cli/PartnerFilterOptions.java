package nl.verbinder.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.domain.PartnerStatus;
import picocli.CommandLine.Option;

/**
 * What {@code partners} and {@code export partners} share: {@code --category}, {@code --status},
 * {@code --owner} and {@code --search}, read into one {@link PartnerQuery}.
 */
final class PartnerFilterOptions {

    @Option(names = "--category", paramLabel = "C", split = ",", descriptionKey = "partners.category")
    List<String> categories = List.of();

    @Option(names = "--status", paramLabel = "S", split = ",", descriptionKey = "partners.status")
    List<String> statuses = List.of();

    @Option(names = "--owner", paramLabel = "THERAPIST", descriptionKey = "partners.owner")
    String owner;

    @Option(names = "--search", paramLabel = "TEXT", descriptionKey = "partners.search")
    String search;

    /** The whole filter: the codes checked first, then the owner looked up. */
    PartnerQuery query(CliContext context) {
        return withOwner(context, codes());
    }

    /** The search, categories and statuses; refuses an unknown category or status code. */
    PartnerQuery codes() {
        Set<Category> categorySet = new LinkedHashSet<>();
        for (String c : categories) {
            categorySet.add(Inputs.code(Category.class, "category", c));
        }
        Set<PartnerStatus> statusSet = new LinkedHashSet<>();
        for (String s : statuses) {
            statusSet.add(Inputs.code(PartnerStatus.class, "status", s));
        }
        return PartnerQuery.all().withSearch(search).withCategories(categorySet).withStatuses(statusSet);
    }

    /** The query with the owner that {@code --owner} names (refused when no therapist has that name). */
    PartnerQuery withOwner(CliContext context, PartnerQuery query) {
        return query.withOwner(context.therapistId(owner, "owner"));
    }
}
