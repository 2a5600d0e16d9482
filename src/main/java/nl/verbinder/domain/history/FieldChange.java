package nl.verbinder.domain.history;

/**
 * One field of one change, as stored: the column and its value before and after as text
 * (null for none). Codes, ids and ISO dates are kept raw; the faces make them readable.
 */
public record FieldChange(String field, String oldValue, String newValue) {
}
