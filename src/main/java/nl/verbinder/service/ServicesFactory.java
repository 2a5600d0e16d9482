package nl.verbinder.service;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the services over a database, for the faces (window, command line) that let the user
 * choose or switch the database. Implemented where the store is chosen, in {@code app}.
 */
public interface ServicesFactory {

    /**
     * Opens (creating or migrating as needed) the database at this location.
     *
     * @throws nl.verbinder.domain.VerbinderException when it cannot be opened; nothing was changed
     */
    Services open(Path location);

    /**
     * Opens the database at this location; when it does not exist, makes it only if
     * {@code createIfMissing}, and otherwise refuses ({@code database.missing}) without
     * creating anything.
     */
    default Services open(Path location, boolean createIfMissing) {
        if (!createIfMissing && !Files.exists(location)) {
            throw new nl.verbinder.domain.VerbinderException("database.missing", location.toString());
        }
        return open(location);
    }

    /** True when the location names a database server rather than a file (then it is not a path on this machine). */
    default boolean isServer(Path location) {
        return false;
    }

    /**
     * Tries a practice server without changing anything: the schema version its database is at
     * (0: empty, it would be set up on opening).
     *
     * @throws nl.verbinder.domain.VerbinderException when it cannot be used, with the reason
     */
    default int testServer(ServerLogin login) {
        throw new nl.verbinder.domain.VerbinderException("server.not-available");
    }

    /**
     * Opens a practice server (setting up an empty database); keeps the password in the user's
     * own file when asked to, and forgets a kept one otherwise.
     */
    default Services openServer(ServerLogin login) {
        throw new nl.verbinder.domain.VerbinderException("server.not-available");
    }

    /** Where the database lives when the user did not choose: the per-user data folder. */
    Path defaultLocation();

    /** The per-user data folder: settings, the log ({@code logs/verbinder-0.log}), the instance locks. */
    default Path dataFolder() {
        return defaultLocation().toAbsolutePath().getParent();
    }
}
