package nl.verbinder.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.service.MomentOutbox;
import nl.verbinder.service.Services;
import nl.verbinder.service.ServicesFactory;
import nl.verbinder.store.postgres.PostgresStore;
import nl.verbinder.store.postgres.ServerAddress;

/**
 * Opens a practice server when {@code --db} or {@code VERBINDER_DB} is a {@code postgresql://}
 * address, and a SQLite file otherwise. The password is read from the file named by
 * {@code VERBINDER_DB_PASSWORD_FILE}, which only its owner may read (else the server's own
 * {@code ~/.pgpass}, which the driver reads); it never appears in a message or a log.
 */
final class ServerServicesFactory implements ServicesFactory {

    static final String PASSWORD_FILE = "VERBINDER_DB_PASSWORD_FILE";
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private final ServicesFactory files;
    private final Map<String, String> env;
    private final Clock clock;

    ServerServicesFactory(ServicesFactory files, Map<String, String> env, Clock clock) {
        this.files = files;
        this.env = env;
        this.clock = clock;
    }

    /**
     * The address in a location, or null for a file. A path collapses the two slashes of
     * {@code postgresql://} into one; they are put back.
     */
    static String serverAddress(Path location) {
        String text = location.toString().replace('\\', '/');
        for (String scheme : new String[] {"postgresql:", "postgres:"}) {
            if (text.startsWith(scheme)) {
                return "postgresql://" + text.substring(scheme.length()).replaceFirst("^/+", "");
            }
        }
        return null;
    }

    @Override
    public Services open(Path location) {
        String address = serverAddress(location);
        if (address == null) {
            return files.open(location);
        }
        PostgresStore store = PostgresStore.open(ServerAddress.parse(address), password());
        return Services.over(store, clock).withOutbox(MomentOutbox.of(dataFolder().resolve("outbox"), address, clock));
    }

    @Override
    public boolean isServer(Path location) {
        return serverAddress(location) != null;
    }

    @Override
    public Services open(Path location, boolean createIfMissing) {
        return serverAddress(location) != null ? open(location) : files.open(location, createIfMissing);
    }

    /** {@code VERBINDER_DB} when it names a server, else the file's default place. */
    @Override
    public Path defaultLocation() {
        String fromEnv = env.get(DataLocation.ENV_DB);
        if (fromEnv != null && serverAddress(Path.of(fromEnv)) != null) {
            return Path.of(fromEnv);
        }
        return files.defaultLocation();
    }

    @Override
    public Path dataFolder() {
        return files.dataFolder();
    }

    private char[] password() {
        String name = env.get(PASSWORD_FILE);
        if (name == null || name.isBlank()) {
            return null;
        }
        Path file = Path.of(name);
        try {
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                if (permissions.stream().anyMatch(OTHERS::contains)) {
                    throw new VerbinderException("server.password-file.open", file.toString());
                }
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip().toCharArray();
        } catch (IOException e) {
            throw new VerbinderException("server.password-file.unreadable", e, file.toString());
        }
    }
}
