package nl.verbinder.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * One meeting, call, mail, visit or network event with a partner: what was said, what we
 * offered and what we asked (give before you ask), and what follows.
 *
 * @param followUp       what has to happen next, or {@code null}
 * @param followUpDue    when the follow-up is due, or {@code null}
 * @param followUpDone   when the follow-up was done, or {@code null} while it is open
 * @param followUpTheirs whether the partner owes the follow-up (false: we owe it)
 * @param loggedBy       the therapist who logged the moment
 * @param therapistIds   our therapists who took part
 * @param contactPersonIds the partner's contact persons who took part
 * @param goalIds        the shared goals the moment served
 */
public record ContactMoment(
        Long id,
        long partnerId,
        LocalDate date,
        ContactKind kind,
        String summary,
        String offered,
        String asked,
        String followUp,
        LocalDate followUpDue,
        LocalDate followUpDone,
        boolean followUpTheirs,
        Long loggedBy,
        Set<Long> therapistIds,
        Set<Long> contactPersonIds,
        Set<Long> goalIds,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    public ContactMoment {
        therapistIds = therapistIds == null ? Set.of() : Set.copyOf(therapistIds);
        contactPersonIds = contactPersonIds == null ? Set.of() : Set.copyOf(contactPersonIds);
        goalIds = goalIds == null ? Set.of() : Set.copyOf(goalIds);
    }

    public boolean hasOpenFollowUp() {
        return followUp != null && followUpDone == null;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds contact moments field by field. */
    public static final class Builder {
        private Long id;
        private long partnerId;
        private LocalDate date;
        private ContactKind kind;
        private String summary;
        private String offered;
        private String asked;
        private String followUp;
        private LocalDate followUpDue;
        private LocalDate followUpDone;
        private boolean followUpTheirs;
        private Long loggedBy;
        private Set<Long> therapistIds = Set.of();
        private Set<Long> contactPersonIds = Set.of();
        private Set<Long> goalIds = Set.of();
        private Instant createdAt;
        private Instant updatedAt;
        private int version;

        private Builder() {
        }

        private Builder(ContactMoment m) {
            id = m.id;
            partnerId = m.partnerId;
            date = m.date;
            kind = m.kind;
            summary = m.summary;
            offered = m.offered;
            asked = m.asked;
            followUp = m.followUp;
            followUpDue = m.followUpDue;
            followUpDone = m.followUpDone;
            followUpTheirs = m.followUpTheirs;
            loggedBy = m.loggedBy;
            therapistIds = m.therapistIds;
            contactPersonIds = m.contactPersonIds;
            goalIds = m.goalIds;
            createdAt = m.createdAt;
            updatedAt = m.updatedAt;
            version = m.version;
        }

        public Builder id(Long value) { id = value; return this; }
        public Builder partnerId(long value) { partnerId = value; return this; }
        public Builder date(LocalDate value) { date = value; return this; }
        public Builder kind(ContactKind value) { kind = value; return this; }
        public Builder summary(String value) { summary = value; return this; }
        public Builder offered(String value) { offered = value; return this; }
        public Builder asked(String value) { asked = value; return this; }
        public Builder followUp(String value) { followUp = value; return this; }
        public Builder followUpDue(LocalDate value) { followUpDue = value; return this; }
        public Builder followUpDone(LocalDate value) { followUpDone = value; return this; }
        public Builder followUpTheirs(boolean value) { followUpTheirs = value; return this; }
        public Builder loggedBy(Long value) { loggedBy = value; return this; }
        public Builder therapistIds(Set<Long> value) { therapistIds = value; return this; }
        public Builder contactPersonIds(Set<Long> value) { contactPersonIds = value; return this; }
        public Builder goalIds(Set<Long> value) { goalIds = value; return this; }
        public Builder createdAt(Instant value) { createdAt = value; return this; }
        public Builder updatedAt(Instant value) { updatedAt = value; return this; }
        public Builder version(int value) { version = value; return this; }

        public ContactMoment build() {
            return new ContactMoment(id, partnerId, date, kind, summary, offered, asked, followUp, followUpDue,
                    followUpDone, followUpTheirs, loggedBy, therapistIds, contactPersonIds, goalIds, createdAt, updatedAt, version);
        }
    }
}
