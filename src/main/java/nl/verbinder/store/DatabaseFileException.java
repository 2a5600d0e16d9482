package nl.verbinder.store;

import java.nio.file.Path;
import nl.verbinder.domain.VerbinderException;

/**
 * A database file that Verbinder will not open, with the reason. The file is left exactly
 * as it was.
 */
public class DatabaseFileException extends VerbinderException {

    /** Why the file was refused; each has a message key {@code database.<code>}. */
    public enum Reason {
        NOT_A_DATABASE("database.not-a-database"),
        NOT_VERBINDER("database.not-verbinder"),
        CORRUPT("database.corrupt"),
        NEWER_VERSION("database.newer-version"),
        CANNOT_OPEN("database.cannot-open"),
        MIGRATION_FAILED("database.migration-failed"),
        /** The disk is full: nothing could be created or copied. Not damage. */
        DISK_FULL("database.disk-full"),
        /** Another process held the file longer than the wait. Not damage. */
        BUSY("database.busy");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;
    private final Path file;

    public DatabaseFileException(Reason reason, Path file, Throwable cause, Object... extraArgs) {
        super(reason.messageKey(), cause, prepend(file, extraArgs));
        this.reason = reason;
        this.file = file;
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }

    private static Object[] prepend(Path file, Object[] extra) {
        Object[] all = new Object[extra.length + 1];
        all[0] = file.toString();
        System.arraycopy(extra, 0, all, 1, extra.length);
        return all;
    }
}
