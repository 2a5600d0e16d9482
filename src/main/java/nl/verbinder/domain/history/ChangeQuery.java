package nl.verbinder.domain.history;

import java.time.Instant;

/**
 * Which changes to list, practice-wide: from (inclusive) until (exclusive), each optional; by
 * one therapist ({@code byUnknown} for changes nobody was chosen for); of one kind; at most
 * {@code limit}, newest first.
 */
public record ChangeQuery(Instant from, Instant until, Long byTherapist, boolean byUnknown, RecordKind kind,
                          int limit) {

    public static ChangeQuery all() {
        return new ChangeQuery(null, null, null, false, null, 1000);
    }

    public ChangeQuery from(Instant value) {
        return new ChangeQuery(value, until, byTherapist, byUnknown, kind, limit);
    }

    public ChangeQuery until(Instant value) {
        return new ChangeQuery(from, value, byTherapist, byUnknown, kind, limit);
    }

    public ChangeQuery by(Long therapistId) {
        return new ChangeQuery(from, until, therapistId, false, kind, limit);
    }

    public ChangeQuery byNobody() {
        return new ChangeQuery(from, until, null, true, kind, limit);
    }

    public ChangeQuery of(RecordKind value) {
        return new ChangeQuery(from, until, byTherapist, byUnknown, value, limit);
    }

    public ChangeQuery limit(int value) {
        return new ChangeQuery(from, until, byTherapist, byUnknown, kind, value);
    }
}
