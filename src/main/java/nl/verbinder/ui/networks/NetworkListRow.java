package nl.verbinder.ui.networks;

/** A network in the overview, its texts ready in the user's language. */
public record NetworkListRow(long id, String name, String kind, String phase, String role, String lastReview,
                             String decision) {
}
