package nl.verbinder.service;

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

    /** Where the database lives when the user did not choose: the per-user data folder. */
    Path defaultLocation();

    /** The per-user data folder: settings, the log ({@code logs/verbinder.log}), the instance locks. */
    default Path dataFolder() {
        return defaultLocation().toAbsolutePath().getParent();
    }
}
