package nl.verbinder.domain;

import java.time.Instant;

/**
 * A contact moment, shared goal, environment note or contact person in the trash (partners
 * keep theirs in their own record): what it was, how the user knows it, and when it went.
 *
 * @param id        the trash item itself
 * @param kind      what kind of record it was
 * @param recordId  the record's id before it went (it comes back with that id when it is free)
 * @param label     how the user knows it: a moment's date, partner and summary, a goal's title, ...
 * @param partnerId the partner it belonged to (a moment's, a person's), or null
 * @param deletedAt when it was moved to the trash
 */
public record TrashItem(long id, Kind kind, long recordId, String label, Long partnerId, Instant deletedAt) {

    /** The kinds of record that go to this trash. */
    public enum Kind implements Coded {
        CONTACT_MOMENT("contact-moment"),
        SHARED_GOAL("shared-goal"),
        ENVIRONMENT_NOTE("environment-note"),
        CONTACT_PERSON("contact-person");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String labelKey() {
            return "trash.kind." + code;
        }
    }
}
