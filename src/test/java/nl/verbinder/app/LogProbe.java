package nl.verbinder.app;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A child process of {@link StartUpProcessTest}: sets up the app's logging as Main does, then
 * has a library log a failure with a stack trace (as sqlite-jdbc does when processes race over
 * its native file) and loads the SQLite driver. Argument: the data folder.
 */
public final class LogProbe {

    private LogProbe() {
    }

    public static void main(String[] args) throws Exception {
        AppLog.setUp(Path.of(args[0]));
        Logger.getLogger("org.sqlite.SQLiteJDBCLoader").log(Level.SEVERE, "Failed to delete old native lib",
                new java.nio.file.NoSuchFileException("sqlite-probe-libsqlitejdbc.so"));
        try (var connection = DriverManager.getConnection("jdbc:sqlite::memory:");
             var files = java.nio.file.Files.list(Path.of(System.getProperty("org.sqlite.tmpdir")))) {
            System.out.println(System.getProperty("org.sqlite.tmpdir"));
            files.forEach(file -> System.out.println(file.getFileName()));
        }
    }
}
