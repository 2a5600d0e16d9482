package nl.verbinder.store;

import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.EnvironmentNote;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.Therapist;

/**
 * Writes many records fast, for generated benchmark data: prepared statements reused,
 * batched, inside the caller's write transaction. The records carry their ids (the caller
 * numbers them) and their timestamps; nothing is validated here, the caller's data must be
 * valid (the schema's constraints still hold).
 */
public interface BulkWriter {

    /** Starts writing in the running write transaction; close it to flush the last batches. */
    Session open();

    /** Statements prepared once, batched; {@link #close()} flushes them. */
    interface Session extends AutoCloseable {

        void therapist(Therapist therapist);

        /** The partner with its tags. */
        void partner(Partner partner);

        void contactPerson(ContactPerson person);

        /** The goal with its partner links. */
        void goal(SharedGoal goal);

        /** The moment with its therapist, contact-person and goal links. */
        void moment(ContactMoment moment);

        /** The note with its partner links. */
        void environmentNote(EnvironmentNote note);

        @Override
        void close();
    }
}
