package nl.verbinder.app;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.service.MomentOutbox;
import nl.verbinder.service.ServerLogin;
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
    /** Where the connect dialog keeps a password when asked to (in the data folder, owner-only). */
    static final String REMEMBERED_PASSWORD = "praktijkserver-wachtwoord";
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
        ServerAddress server = ServerAddress.parse(address);
        PostgresStore store = PostgresStore.open(server, password(server));
        return PostgresWiring.services(store, clock, dataFolder()).withOutbox(outbox(server));
    }

    @Override
    public int testServer(ServerLogin login) {
        return PostgresStore.probe(address(login), login.password());
    }

    @Override
    public Services openServer(ServerLogin login) {
        ServerAddress address = address(login);
        Services services = PostgresWiring.services(PostgresStore.open(address, login.password()), clock, dataFolder())
                .withOutbox(outbox(address));
        try {
            if (login.rememberPassword()) {
                remember(address, login.password());
            } else {
                Files.deleteIfExists(rememberedFile());
            }
        } catch (IOException e) {
            services.close();
            throw new VerbinderException("server.password-file.unwritable", e, rememberedFile().toString());
        }
        return services;
    }

    /** The moments waiting for this server, in the data folder (one outbox per server address). */
    private MomentOutbox outbox(ServerAddress server) {
        return MomentOutbox.of(dataFolder().resolve("outbox"), server.toString(), clock);
    }

    /** The address the dialog's fields make; TLS off the machine, as for a typed address. */
    static ServerAddress address(ServerLogin login) {
        String host = login.host() == null ? "" : login.host().strip();
        String database = login.database() == null ? "" : login.database().strip();
        String user = login.user() == null ? "" : login.user().strip();
        if (host.isEmpty() || database.isEmpty() || user.isEmpty() || login.port() <= 0 || login.port() > 65535) {
            throw new VerbinderException("server.login.incomplete");
        }
        return ServerAddress.parse(ServerAddress.SCHEME + host + ":" + login.port() + "/"
                + URLEncoder.encode(database, StandardCharsets.UTF_8) + "?user="
                + URLEncoder.encode(user, StandardCharsets.UTF_8));
    }

    /** The kept password's file: in the data folder, readable by the user only; first line the address it is for. */
    private Path rememberedFile() {
        return dataFolder().resolve(REMEMBERED_PASSWORD);
    }

    private void remember(ServerAddress address, char[] password) throws IOException {
        Path file = rememberedFile();
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        if (Files.getFileStore(file.getParent()).supportsFileAttributeView("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file); // Windows: the user's own profile folder
        }
        Files.writeString(file, address + "\n" + new String(password == null ? new char[0] : password) + "\n",
                StandardCharsets.UTF_8);
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

    /**
     * The password: from {@code VERBINDER_DB_PASSWORD_FILE}; else the one kept by the connect
     * dialog for this address; else none (the driver then reads {@code ~/.pgpass}).
     */
    private char[] password(ServerAddress address) {
        String name = env.get(PASSWORD_FILE);
        if (name == null || name.isBlank()) {
            return rememberedPassword(address);
        }
        return readPassword(Path.of(name));
    }

    private char[] rememberedPassword(ServerAddress address) {
        Path file = rememberedFile();
        if (!Files.isRegularFile(file)) {
            return null;
        }
        List<String> lines;
        try {
            lines = List.of(new String(readPassword(file)).split("\n", -1));
        } catch (VerbinderException e) {
            return null; // a kept password others could read is not used; the server asks
        }
        return lines.size() >= 2 && lines.getFirst().strip().equals(address.toString())
                ? lines.get(1).toCharArray() : null;
    }

    private char[] readPassword(Path file) {
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
