package nl.verbinder.store;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import nl.verbinder.domain.calendar.EventKey;
import nl.verbinder.domain.calendar.PartnerDirectory;

/** The agenda events the user accepted or skipped, and what matching an agenda needs to know. */
public interface CalendarEventRepository {

    /** Accepted or skipped. */
    enum Decision {
        ACCEPTED("accepted"),
        SKIPPED("skipped");

        private final String code;

        Decision(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** Which of these events were accepted or skipped before. */
    Set<EventKey> remembered(Collection<EventKey> keys);

    /**
     * Remembers a decision on an event; a later decision on the same event replaces it.
     *
     * @param momentId the contact moment logged for it, or {@code null}
     * @param importId the import that logged it, or {@code null}
     */
    void remember(EventKey key, Decision decision, Long partnerId, Long momentId, Long importId, Instant now);

    /** Forgets the events an import logged (when it is undone), so they are proposed again. */
    int forgetImport(long importId);

    /** Every partner not in the trash, with its contact persons: names, websites and e-mail addresses. */
    PartnerDirectory directory();
}
