package nl.verbinder.service.transfer.backup;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.service.LocalDatabaseFile;
import nl.verbinder.service.ServerMigration;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.service.transfer.SafeOutput;
import nl.verbinder.store.ArchiveRepository.Table;
import nl.verbinder.store.ArchiveRepository;
import nl.verbinder.store.Store;

/**
 * Full backups and restores. A backup is a JSON file with every table (and the format and
 * schema versions), or a copy of the database file; a restore puts either back into an empty
 * database, exactly as it was (ids, timestamps, versions), or refuses and changes nothing.
 * Backup files hold personal data and are created readable by their owner only.
 */
public final class BackupService {

    /** Identifies a Verbinder JSON backup. */
    static final String FORMAT = "verbinder-backup";
    /** The version of the JSON layout below; raise it when the layout changes, and keep reading the old one. */
    static final int FORMAT_VERSION = 1;

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final Store store;
    private final Clock clock;

    private final LocalDatabaseFile localFile;

    public BackupService(Store store, Clock clock, LocalDatabaseFile localFile) {
        this.localFile = localFile;
        this.store = store;
        this.clock = clock;
    }

    /** Backs up to the file, as JSON or as a database copy by its extension ({@code .json}, {@code .db}). */
    public BackupSummary backUp(Path target, Progress progress) {
        BackupFormat format = BackupFormat.forFileName(target)
                .orElseThrow(() -> new VerbinderException("transfer.backup.extension", target.toString()));
        return format == BackupFormat.JSON ? writeJson(target, progress) : copyDatabase(target, progress);
    }

    /**
     * Writes every table to a JSON file from one consistent snapshot:
     * <pre>{ "format": "verbinder-backup", "formatVersion": 1, "schemaVersion": 3, "createdAt": "...",
     *   "rowCount": 1234, "tables": [ { "name": "partner", "rowCount": 40, "columns": ["id", ...],
     *   "rows": [[1, ...], ...] }, ... ] }</pre>
     * The counts let a restore refuse a backup that lost rows (older backups state only the total).
     * Values keep their SQLite type: numbers as numbers, texts as strings, empty as null.
     * Of a database known to be damaged it writes all that is still readable: a table that cannot
     * be read to its end keeps the rows read before the damage, states them after its rows
     * ({@code "rowsRead"}, so a restore accepts the shortfall it declares and no other), is named in
     * {@code "unreadable"} and in the summary, and the backup goes on with the next table.
     */
    public BackupSummary writeJson(Path target, Progress progress) {
        ArchiveRepository archive = store.archive();
        boolean damaged = store.damage().isPresent();
        long[] counts = new long[2];
        List<BackupSummary.Unreadable> unreadable = new ArrayList<>();
        SafeOutput.writeFile(target, store.location(), file -> store.transactions().read(() -> {
            List<Table> tables = archive.tables();
            long total = tables.stream().mapToLong(table -> Math.max(0, table.rowCount())).sum();
            try (JsonGenerator json = JSON.createGenerator(file.toFile(), JsonEncoding.UTF8)) {
                json.useDefaultPrettyPrinter();
                json.writeStartObject();
                json.writeStringField("format", FORMAT);
                json.writeNumberField("formatVersion", FORMAT_VERSION);
                json.writeNumberField("schemaVersion", store.schemaVersion());
                json.writeStringField("createdAt",
                        DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.MILLIS)));
                json.writeNumberField("rowCount", total);
                json.writeArrayFieldStart("tables");
                long done = 0;
                for (Table table : tables) {
                    json.writeStartObject();
                    json.writeStringField("name", table.name());
                    json.writeNumberField("rowCount", table.rowCount());
                    json.writeArrayFieldStart("columns");
                    for (String column : table.columns()) {
                        json.writeString(column);
                    }
                    json.writeEndArray();
                    json.writeArrayFieldStart("rows");
                    long[] written = {done};
                    try {
                        archive.readRows(table, values -> {
                            writeRow(json, values);
                            progress.update(++written[0], total);
                        });
                    } catch (VerbinderException e) {
                        if (!damaged) {
                            throw e; // a healthy database: a read failure is an error, as ever
                        }
                        // A damaged database: keep what was read, say what was not, go on with the rest.
                        unreadable.add(new BackupSummary.Unreadable(table.name(), written[0] - done));
                    }
                    json.writeEndArray();
                    if (written[0] - done != table.rowCount()) {
                        // Cut short by the damage: the rows this table really holds in the backup.
                        json.writeNumberField("rowsRead", written[0] - done);
                    }
                    done = written[0];
                    json.writeEndObject();
                }
                json.writeEndArray();
                if (!unreadable.isEmpty()) {
                    json.writeArrayFieldStart("unreadable");
                    for (BackupSummary.Unreadable part : unreadable) {
                        json.writeStartObject();
                        json.writeStringField("table", part.table());
                        json.writeNumberField("rowsRead", part.rowsRead());
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                }
                json.writeEndObject();
                counts[0] = tables.size();
                counts[1] = done;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        }));
        return new BackupSummary(target, BackupFormat.JSON, store.schemaVersion(), (int) counts[0], counts[1],
                unreadable);
    }

    /** Copies the database file with SQLite's online backup (the app may keep running) and checks the copy. */
    public BackupSummary copyDatabase(Path target, Progress progress) {
        progress.checkCancelled();
        if (!localFile.present()) {
            throw new VerbinderException("transfer.backup.db.no-file");
        }
        if (store.damage().isPresent()) {
            // A copy would carry the damage along; what is still readable goes into a JSON backup.
            throw new VerbinderException("transfer.backup.db.damaged", store.location().toString());
        }
        List<Table> tables = store.transactions().read(() -> store.archive().tables());
        SafeOutput.writeDatabaseCopy(target, store.location(), file -> {
            localFile.copyTo(file);
            progress.update(1, 1);
        });
        return new BackupSummary(target, BackupFormat.DATABASE, store.schemaVersion(), tables.size(),
                tables.stream().mapToLong(Table::rowCount).sum());
    }

    /**
     * Restores a backup (JSON or database copy, told apart by content) into this database,
     * which must be empty. Backups from older versions of Verbinder are brought up to date
     * on the way; a backup from a newer version, a damaged file or a non-empty database is
     * refused with nothing changed.
     */
    public BackupSummary restore(Path source, Progress progress) {
        SafeOutput.refuseOpenDatabaseAsInput(source, store.location());
        if (!store.transactions().read(() -> store.archive().isEmpty())) {
            throw new VerbinderException("transfer.restore.not-empty", store.location().toString());
        }
        byte[] start = firstBytes(source);
        if (Arrays.equals(Arrays.copyOf(start, SQLITE_HEADER.length), SQLITE_HEADER)) {
            progress.checkCancelled();
            if (!localFile.present()) {
                throw new VerbinderException("transfer.restore.db.no-file");
            }
            localFile.restoreFrom(source);
            List<Table> tables = store.transactions().read(() -> store.archive().tables());
            progress.update(1, 1);
            return new BackupSummary(source, BackupFormat.DATABASE, store.schemaVersion(), tables.size(),
                    tables.stream().mapToLong(Table::rowCount).sum());
        }
        if (looksLikeJson(start)) {
            return restoreJson(source, progress);
        }
        throw new VerbinderException("transfer.restore.unknown-format", source.toString());
    }

    private BackupSummary restoreJson(Path source, Progress progress) {
        try (InputStream in = Files.newInputStream(source); JsonParser json = JSON.createParser(in)) {
            expect(json, json.nextToken() == JsonToken.START_OBJECT, source);
            Integer schemaVersion = null;
            long total = 0;
            long done = 0;
            int tableCount = 0;
            boolean formatSeen = false;
            boolean totalStated = false;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "format" -> {
                        if (!FORMAT.equals(json.getValueAsString())) {
                            throw new VerbinderException("transfer.restore.json.not-verbinder", source.toString());
                        }
                        formatSeen = true;
                    }
                    case "formatVersion" -> {
                        if (value != JsonToken.VALUE_NUMBER_INT || json.getIntValue() > FORMAT_VERSION) {
                            throw new VerbinderException("transfer.restore.json.newer-format", source.toString(),
                                    json.getValueAsString());
                        }
                    }
                    case "schemaVersion" -> {
                        expect(json, value == JsonToken.VALUE_NUMBER_INT, source);
                        schemaVersion = json.getIntValue();
                        if (schemaVersion > store.schemaVersion()) {
                            throw new VerbinderException("transfer.restore.newer-version", source.toString(), schemaVersion,
                                    store.schemaVersion());
                        }
                    }
                    case "rowCount" -> {
                        expect(json, value == JsonToken.VALUE_NUMBER_INT, source);
                        total = json.getLongValue();
                        totalStated = true;
                    }
                    case "tables" -> {
                        expect(json, formatSeen && schemaVersion != null && value == JsonToken.START_ARRAY, source);
                        // A store that cannot stage an older schema itself (the practice server) gets the
                        // backup brought up to date in a temporary local file first, then copied over whole.
                        try (LocalDatabaseFile.Scratch scratch = schemaVersion < store.schemaVersion()
                                ? localFile.scratchForOlderBackup().orElse(null) : null) {
                            Store into = scratch == null ? store : scratch.store();
                            try (ArchiveRepository.Staging staging = into.archive().stage(schemaVersion)) {
                                long[] lostToDamage = {0};
                                while (json.nextToken() == JsonToken.START_OBJECT) {
                                    done = readTable(json, staging, source, done, total, lostToDamage, progress);
                                    tableCount++;
                                }
                                // A backup cut short or edited can still be valid JSON: the rows must be those it states.
                                if (totalStated && done != total - lostToDamage[0]) {
                                    throw new VerbinderException("transfer.restore.json.row-count", done, total);
                                }
                                progress.checkCancelled();
                                staging.restoreIntoLive();
                            }
                            if (scratch != null) {
                                progress.checkCancelled();
                                ServerMigration.copy(scratch.store(), store);
                            }
                        }
                    }
                    default -> json.skipChildren();
                }
            }
            expect(json, formatSeen && tableCount > 0, source);
            return new BackupSummary(source, BackupFormat.JSON, schemaVersion, tableCount, done);
        } catch (JsonProcessingException e) {
            throw new VerbinderException("transfer.restore.json.invalid", e, source.toString(),
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr());
        } catch (NoSuchFileException e) {
            throw new VerbinderException("transfer.restore.missing", e, source.toString());
        } catch (IOException e) {
            throw new VerbinderException("transfer.restore.cannot-read", e, source.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** Reads one table object ({@code name}, {@code columns}, {@code rows}, in that order) into the staging database. */
    private static long readTable(JsonParser json, ArchiveRepository.Staging staging, Path source, long done, long total,
                                  long[] lostToDamage, Progress progress) throws IOException {
        String name = null;
        List<String> columns = null;
        Long stated = null;
        long read = 0;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            switch (field) {
                case "name" -> name = json.getValueAsString();
                case "rowCount" -> {
                    expect(json, value == JsonToken.VALUE_NUMBER_INT, source);
                    stated = json.getLongValue();
                }
                case "columns" -> {
                    expect(json, value == JsonToken.START_ARRAY, source);
                    columns = new ArrayList<>();
                    while (json.nextToken() == JsonToken.VALUE_STRING) {
                        columns.add(json.getText());
                    }
                }
                case "rows" -> {
                    expect(json, name != null && columns != null && value == JsonToken.START_ARRAY, source);
                    if (staging.columns(name).isEmpty()) {
                        throw new VerbinderException("transfer.restore.unknown-table", name);
                    }
                    staging.clear(name);
                    while (json.nextToken() == JsonToken.START_ARRAY) {
                        staging.insert(name, columns, readRow(json, source));
                        read++;
                        progress.update(++done, total);
                    }
                }
                case "rowsRead" -> {
                    // A rescue backup of a damaged database: the table was cut short, and says so.
                    expect(json, value == JsonToken.VALUE_NUMBER_INT && stated != null, source);
                    long rowsRead = json.getLongValue();
                    lostToDamage[0] += stated - rowsRead;
                    stated = rowsRead;
                }
                default -> json.skipChildren();
            }
        }
        if (stated != null && stated != read) {
            throw new VerbinderException("transfer.restore.json.table-count", name, read, stated);
        }
        return done;
    }

    private static List<Object> readRow(JsonParser json, Path source) throws IOException {
        List<Object> values = new ArrayList<>();
        JsonToken token;
        while ((token = json.nextToken()) != JsonToken.END_ARRAY) {
            values.add(switch (token) {
                case VALUE_NULL -> null;
                case VALUE_STRING -> json.getText();
                case VALUE_NUMBER_INT -> json.getNumberValue();
                case VALUE_NUMBER_FLOAT -> json.getDoubleValue();
                default -> throw new VerbinderException("transfer.restore.json.invalid", source.toString(),
                        json.currentLocation().getLineNr());
            });
        }
        return values;
    }

    private static void writeRow(JsonGenerator json, List<Object> values) {
        try {
            json.writeStartArray();
            for (Object value : values) {
                switch (value) {
                    case null -> json.writeNull();
                    case Integer i -> json.writeNumber(i);
                    case Long l -> json.writeNumber(l);
                    case Double d -> json.writeNumber(d);
                    case String s -> json.writeString(s);
                    default -> throw new IllegalStateException("Unexpected value in backup: " + value.getClass());
                }
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void expect(JsonParser json, boolean condition, Path source) {
        if (!condition) {
            throw new VerbinderException("transfer.restore.json.invalid", source.toString(), json.currentLocation().getLineNr());
        }
    }

    private static byte[] firstBytes(Path source) {
        try (InputStream in = Files.newInputStream(source)) {
            return in.readNBytes(64);
        } catch (NoSuchFileException e) {
            throw new VerbinderException("transfer.restore.missing", e, source.toString());
        } catch (IOException e) {
            throw new VerbinderException("transfer.restore.cannot-read", e, source.toString(), String.valueOf(e.getMessage()));
        }
    }

    private static boolean looksLikeJson(byte[] start) {
        String text = new String(start, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        return text.startsWith("{");
    }
}
