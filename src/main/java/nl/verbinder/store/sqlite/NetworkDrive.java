package nl.verbinder.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import nl.verbinder.store.StoreException;

/**
 * Refuses a database file on a network file system: SQLite's WAL does not work there and its
 * locking is unreliable, so the file gets damaged (sqlite.org, "SQLite over a network"). Several
 * workstations belong on a practice server instead. The type is the one the operating system
 * gives the file system of the file's folder ({@code FileStore.type()}: on Linux the mount
 * type, as in {@code /proc/self/mountinfo}).
 */
final class NetworkDrive {

    private static final Set<String> NETWORK_TYPES = Set.of("nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs",
            "fuse.sshfs", "sshfs", "afs", "9p", "davfs", "fuse.davfs2", "ncpfs", "webdav");

    /** The mount type of the folder a file is (or will be) in, as the operating system says. */
    static final Function<Path, String> SYSTEM = folder -> {
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? "" : Files.getFileStore(existing).type();
        } catch (IOException e) {
            return "";
        }
    };

    private NetworkDrive() {
    }

    static boolean isNetwork(String type) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        return NETWORK_TYPES.contains(t) || t.startsWith("nfs") || t.startsWith("smb") || t.endsWith("sshfs");
    }

    /** Refuses the file when its folder is on a network file system; nothing is opened or made. */
    static void refuse(Path file, Function<Path, String> mountType) {
        Path folder = file.toAbsolutePath().getParent();
        String type = mountType.apply(folder);
        if (isNetwork(type)) {
            throw new StoreException("database.network-drive", null, file.toString(), type);
        }
    }
}
