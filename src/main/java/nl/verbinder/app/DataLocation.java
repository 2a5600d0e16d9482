package nl.verbinder.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;

/**
 * Where the database lives by default: the operating system's per-user data folder. The
 * {@code --db} option and the {@code VERBINDER_DB} variable override it.
 */
final class DataLocation {

    static final String FILE_NAME = "verbinder.db";
    static final String ENV_DB = "VERBINDER_DB";

    private DataLocation() {
    }

    /**
     * The default database file for this user.
     *
     * @param env      the environment variables
     * @param osName   the {@code os.name} property
     * @param userHome the {@code user.home} property
     */
    static Path defaultDatabase(Map<String, String> env, String osName, String userHome) {
        String fromEnv = env.get(ENV_DB);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        return dataFolder(env, osName, userHome).resolve(FILE_NAME);
    }

    static Path dataFolder(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData)
                    : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Verbinder");
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return Path.of(userHome, "Library", "Application Support", "Verbinder");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(userHome, ".local", "share");
        return base.resolve("verbinder");
    }

    /**
     * Creates the folder (and those above it that are missing) readable by its owner only;
     * an existing folder is left as it is. Returns the folder.
     */
    static Path ownerOnlyFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return folder;
        }
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
                : new FileAttribute<?>[0];
        return Files.createDirectories(folder, attributes);
    }
}
