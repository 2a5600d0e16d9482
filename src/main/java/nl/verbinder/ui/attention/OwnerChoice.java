package nl.verbinder.ui.attention;

/**
 * A choice of the owner filter: one therapist, or the partners without an owner
 * ({@code therapistId} null). "Every owner" is no choice at all ({@code null}).
 */
record OwnerChoice(Long therapistId, String name) {

    boolean unowned() {
        return therapistId == null;
    }
}
