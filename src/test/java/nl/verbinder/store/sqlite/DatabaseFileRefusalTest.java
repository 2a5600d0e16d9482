package nl.verbinder.store.sqlite;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.ErrorText;
import nl.verbinder.store.DatabaseFileException;
import nl.verbinder.store.DatabaseFileException.Reason;
import nl.verbinder.testutil.PlainSqlite;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file Verbinder will not open is refused with a reason the user can act on, and is left
 * exactly as it was: same bytes, same modification time, nothing new next to it.
 */
class DatabaseFileRefusalTest {

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2024-05-01T08:00:00Z"));

    @TempDir
    Path folder;

    @Test
    void refusesATextFileNamedLikeTheDatabase() throws IOException {
        Path file = folder.resolve("verbinder.db");
        Files.writeString(file, "Notities van het teamoverleg\nniet weggooien!\n");

        DatabaseFileException refusal = assertRefusedUntouched(file, Reason.NOT_A_DATABASE);

        assertThat(dutch(refusal)).contains(file.toString(), "is geen databasebestand", "niet gewijzigd");
        assertThat(english(refusal)).contains(file.toString(), "is not a database file", "not changed");
    }

    @Test
    void refusesTheSqliteFileOfAnotherApp() throws IOException {
        Path file = folder.resolve("verbinder.db");
        try (Connection c = PlainSqlite.open(file)) {
            PlainSqlite.execute(c, "CREATE TABLE recipe (id INTEGER PRIMARY KEY, title TEXT)");
            PlainSqlite.execute(c, "INSERT INTO recipe (title) VALUES ('Appeltaart')");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }

        DatabaseFileException refusal = assertRefusedUntouched(file, Reason.NOT_VERBINDER);

        assertThat(dutch(refusal)).contains(file.toString(), "niet van Verbinder");
        assertThat(english(refusal)).contains(file.toString(), "not a Verbinder one");
    }

    @Test
    void refusesATruncatedDatabase() throws IOException {
        Path file = verbinderFileWithData();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 3);
        }

        DatabaseFileException refusal = assertRefusedUntouched(file, Reason.CORRUPT);

        assertThat(dutch(refusal)).contains(file.toString(), "is beschadigd", "reservekopie");
        assertThat(english(refusal)).contains(file.toString(), "is damaged", "backup");
    }

    @Test
    void refusesAGarbledDatabase() throws IOException {
        Path file = verbinderFileWithData();
        byte[] noise = new byte[3 * 4096];
        new Random(42).nextBytes(noise);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(4096);
            raw.write(noise);
        }

        DatabaseFileException refusal = assertRefusedUntouched(file, Reason.CORRUPT);

        assertThat(dutch(refusal)).contains(file.toString(), "is beschadigd");
        assertThat(english(refusal)).contains(file.toString(), "is damaged");
    }

    @Test
    void refusesAFileFromANewerVerbinder() throws Exception {
        Path file = verbinderFileWithData();
        try (Connection c = PlainSqlite.open(file)) {
            PlainSqlite.execute(c, """
                    INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,
                                                       installed_by, execution_time, success)
                    VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'test', 1, 1)
                    """);
        }

        DatabaseFileException refusal = assertRefusedUntouched(file, Reason.NEWER_VERSION);

        assertThat(refusal.args()).containsExactly(file.toString(), 99, 1);
        assertThat(dutch(refusal)).contains(file.toString(), "nieuwere versie van Verbinder", "schemaversie 99",
                "tot en met 1", "Werk Verbinder bij");
        assertThat(english(refusal)).contains(file.toString(), "newer version of Verbinder", "schema version 99",
                "up to 1", "Update Verbinder");
    }

    @Test
    void opensAnEmptyFileAsANewDatabase() throws IOException {
        Files.createFile(folder.resolve("verbinder.db"));
        try (TestDatabase db = TestDatabase.in(folder)) {
            assertThat(db.store().schemaVersion()).isEqualTo(1);
        }
    }

    @Test
    void reopensItsOwnFileInAFolderWithSpacesAccentsAndHashes() {
        Path awkward = folder.resolve("Fysio Café #2/Prakt%ijk");
        try (TestDatabase db = TestDatabase.in(awkward)) {
            db.services().partners().create(aPartner().named("Huisarts Oost").build());
        }
        try (TestDatabase db = TestDatabase.in(awkward)) {
            assertThat(db.services().partners().resolve("Huisarts Oost").name()).isEqualTo("Huisarts Oost");
        }
    }

    /** Opens the file, expects the refusal, and checks that the file and its folder did not change. */
    private DatabaseFileException assertRefusedUntouched(Path file, Reason reason) throws IOException {
        Files.setLastModifiedTime(file, LONG_AGO);
        byte[] before = Files.readAllBytes(file);
        List<String> folderBefore = filesIn(folder);

        DatabaseFileException refusal = catchThrowableOfType(DatabaseFileException.class,
                () -> TestDatabase.in(folder).close());

        assertThat(refusal).as("refusal of %s", file).isNotNull();
        assertThat(refusal.reason()).isEqualTo(reason);
        assertThat(refusal.file()).isEqualTo(file.toAbsolutePath().normalize());
        assertThat(Files.readAllBytes(file)).as("bytes of the file").isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).as("modification time").isEqualTo(LONG_AGO);
        assertThat(filesIn(folder)).as("files in the folder").isEqualTo(folderBefore);
        return refusal;
    }

    /** A closed Verbinder file with a partner in it, the way the app leaves it. */
    private Path verbinderFileWithData() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            for (int i = 1; i <= 40; i++) {
                db.services().partners().create(aPartner().named("Partner " + i)
                        .withNotes("Notities over samenwerking nummer " + i + " ".repeat(i * 10)).build());
            }
            return db.file();
        }
    }

    private static String dutch(DatabaseFileException refusal) {
        return ErrorText.describe(Messages.dutch(), refusal);
    }

    private static String english(DatabaseFileException refusal) {
        return ErrorText.describe(Messages.english(), refusal);
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

}
