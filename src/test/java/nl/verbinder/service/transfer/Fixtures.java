package nl.verbinder.service.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fixture files under {@code src/test/resources/transfer/}, and a plain look into a database file. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Copies a fixture into the folder and returns the copy. */
    public static Path copy(String name, Path folder) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/transfer/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            Path target = folder.resolve(name);
            Files.copy(in, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes text in an encoding, with or without a byte-order mark. */
    public static Path write(Path file, String text, java.nio.charset.Charset charset, boolean bom) {
        try {
            byte[] body = text.getBytes(charset);
            byte[] all = bom ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body) : body;
            Files.write(file, all);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every row of every table except the migration history, read with plain JDBC, in key
     * order, values as the driver gives them: what "the same data" means for backups.
     */
    public static Map<String, List<List<Object>>> dump(Path database) {
        Map<String, List<List<Object>>> tables = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            // Ordinary tables and the search index as its rows read; not the index's shadow tables,
            // whose bytes depend on the order things were written in.
            try (ResultSet r = s.executeQuery("SELECT name FROM pragma_table_list WHERE schema = 'main' "
                    + "AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite_%' "
                    + "AND name <> 'flyway_schema_history' ORDER BY name")) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            for (String name : names) {
                List<List<Object>> rows = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT * FROM \"" + name + "\" ORDER BY 1, 2")) {
                    int width = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= width; i++) {
                            row.add(r.getObject(i));
                        }
                        rows.add(row);
                    }
                }
                tables.put(name, rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
