package nl.verbinder.store.jdbc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The WHERE of a list a user filters (moments, partners, changes): conditions joined with
 * {@code AND}, their values added to the statement's parameters in the same order. A filter the
 * user left empty adds nothing.
 */
final class Filters {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params;

    /** Filters whose values go into {@code params}. */
    Filters(List<Object> params) {
        this.params = params;
    }

    /** A condition that always holds, with the values of its {@code ?}s. */
    Filters and(String condition, Object... values) {
        conditions.add(condition);
        Collections.addAll(params, values);
        return this;
    }

    /** A condition with one {@code ?}, for the given value; nothing when the value is null (no filter). */
    Filters andIfGiven(String condition, Object value) {
        return value == null ? this : and(condition, value);
    }

    /** The conditions joined with {@code AND}. */
    String sql() {
        return String.join(" AND ", conditions);
    }
}
