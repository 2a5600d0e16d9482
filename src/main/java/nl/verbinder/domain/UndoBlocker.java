package nl.verbinder.domain;

/**
 * A record that keeps an import from being undone: undoing would throw away work done since.
 *
 * @param name the record's name, for the message
 */
public record UndoBlocker(ImportedEntity entity, long entityId, String name, Reason reason) {

    /** Why the record blocks the undo; each has a message key {@code import.undo.blocker.<code>}. */
    public enum Reason implements Coded {
        /** Edited (or moved to the trash) after the import. */
        CHANGED("changed"),
        /** A partner the import created has contact moments now. */
        HAS_CONTACT_MOMENTS("has-contact-moments"),
        /** A partner the import created is linked to a shared goal now. */
        LINKED_TO_GOAL("linked-to-goal"),
        /** A partner the import created is linked to an environment note now. */
        LINKED_TO_NOTE("linked-to-note"),
        /** A partner the import created has contact persons the import did not create. */
        HAS_OTHER_CONTACT_PERSONS("has-other-contact-persons"),
        /** A contact person the import created took part in a contact moment. */
        IN_CONTACT_MOMENTS("in-contact-moments");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String labelKey() {
            return "transfer.import.undo.blocker." + code;
        }
    }
}
