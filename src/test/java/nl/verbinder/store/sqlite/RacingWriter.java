package nl.verbinder.store.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The other process of {@link ConcurrentOpenTest}: writes the database over and over as
 * separate short commands do (open, write, close, which checkpoints the log into the file and
 * removes it), until a stop file appears. Prints how many writes it made.
 *
 * <p>Arguments: the database file, the stop file, the file it creates after its first write.
 */
public final class RacingWriter {

    private RacingWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path database = Path.of(args[0]);
        Path stop = Path.of(args[1]);
        Path started = Path.of(args[2]);
        long writes = 0;
        while (!Files.exists(stop)) {
            write(database, writes);
            writes++;
            if (writes == 1) {
                Files.createFile(started);
            }
        }
        System.out.println(writes);
    }

    private static void write(Path database, long round) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 10000");
                s.execute("BEGIN IMMEDIATE");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO race_note (text) VALUES (?)")) {
                for (int i = 0; i < 40; i++) {
                    insert.setString(1, ("ronde " + round + " regel " + i + " ").repeat(30));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM race_note WHERE id <= (SELECT max(id) FROM race_note) - 200");
                s.execute("COMMIT");
            }
        }
    }
}
