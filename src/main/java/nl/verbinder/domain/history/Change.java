package nl.verbinder.domain.history;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One change of one record, as the history keeps it.
 *
 * @param actorId   the therapist at the workstation, or null when nobody was chosen ("unknown")
 * @param actor     that therapist's name when the change was made
 * @param changeSet the changes made together (one save, one import, one undo) share it
 * @param label     how the user knows the record (a name, a title, a date); null once erased
 * @param partnerId the partner the record belongs to, if any
 * @param partnerName that partner's name (now, or as the history last knew it)
 * @param fields    the changed fields: every field for a delete, the link's ends for a link
 */
public record Change(long id, Instant changedAt, Long actorId, String actor, String changeSet, ChangeAction action,
                     RecordKind kind, long recordId, String label, Long partnerId, String partnerName,
                     List<FieldChange> fields) {

    public Change {
        fields = List.copyOf(fields);
    }

    /** The field with this name, if it changed. */
    public Optional<FieldChange> field(String name) {
        return fields.stream().filter(f -> f.field().equals(name)).findFirst();
    }
}
