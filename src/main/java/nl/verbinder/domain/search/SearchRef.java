package nl.verbinder.domain.search;

import java.util.Optional;

/**
 * A record that can be opened from the search: its kind and id. Written as {@code "goal:12"}
 * to be remembered as a recent item.
 */
public record SearchRef(SearchKind kind, long id) {

    public String code() {
        return kind.code() + ":" + id;
    }

    /** The reference this code stands for; empty when it is not one. */
    public static Optional<SearchRef> parse(String code) {
        int colon = code == null ? -1 : code.lastIndexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String kind = code.substring(0, colon).strip();
        try {
            long id = Long.parseLong(code.substring(colon + 1).strip());
            for (SearchKind k : SearchKind.values()) {
                if (k.code().equals(kind)) {
                    return Optional.of(new SearchRef(k, id));
                }
            }
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
