package nl.verbinder.store.sqlite;

import nl.verbinder.store.jdbc.Sql;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.ErrorText;
import nl.verbinder.testutil.PlainSqlite;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A full disk and a database another task is writing are said as what they are, in the
 * user's language, and never as damage; nothing is half saved, and the file is sound after.
 */
class StorageFailureMessagesTest {

    @TempDir
    Path folder;

    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            run("umount", "-l", mounted.toString());
        }
    }

    @Test
    void aBusyDatabaseSaysAnotherTaskIsWriting() throws SQLException {
        try (TestDatabase db = TestDatabase.in(folder); Connection other = PlainSqlite.open(db.file())) {
            PlainSqlite.execute(other, "BEGIN IMMEDIATE");
            PlainSqlite.execute(other, "UPDATE practice_profile SET name = 'Bezig'");

            VerbinderException refusal = catchThrowableOfType(VerbinderException.class,
                    () -> db.services().partners().create(aPartner().named("Huisarts Oost").build()));

            assertThat(refusal).isNotNull();
            assertThat(refusal.messageKey()).isEqualTo("error.busy");
            assertThat(ErrorText.describe(Messages.dutch(), refusal))
                    .contains("Een andere taak schrijft nu; probeer het zo opnieuw")
                    .doesNotContain("SQLITE", "beschadigd");
            assertThat(ErrorText.describe(Messages.english(), refusal))
                    .contains("Another task is writing right now; try again in a moment")
                    .doesNotContain("SQLITE", "damaged");

            PlainSqlite.execute(other, "ROLLBACK");
            db.services().partners().create(aPartner().named("Huisarts Oost").build());
            assertThat(db.rowCount("partner")).isEqualTo(1);
        }
    }

    @Test
    void sqliteResultCodesAreNamedForWhatTheyAre() {
        assertThat(Sql.failure(new SQLiteException("disk full", SQLiteErrorCode.SQLITE_FULL)).messageKey())
                .isEqualTo("error.disk-full");
        assertThat(Sql.failure(new SQLiteException("locked", SQLiteErrorCode.SQLITE_BUSY)).messageKey())
                .isEqualTo("error.busy");
        assertThat(Sql.failure(new SQLiteException("locked", SQLiteErrorCode.SQLITE_LOCKED)).messageKey())
                .isEqualTo("error.busy");
        assertThat(Sql.failure(new SQLiteException("io", SQLiteErrorCode.SQLITE_IOERR_WRITE)).messageKey())
                .isEqualTo("error.storage");
        assertThat(Sql.failure(new SQLiteException("bad page", SQLiteErrorCode.SQLITE_CORRUPT)).messageKey())
                .isEqualTo("error.damaged");
        assertThat(Sql.isDiskFull(new IOException("No space left on device"))).isTrue();
    }

    @Test
    void aFullDiskSaysTheDiskIsFullAndKeepsTheFileSound() throws Exception {
        Path disk = mountSmallDisk("4m");
        try (TestDatabase db = TestDatabase.in(disk)) {
            db.services().partners().create(aPartner().named("Huisarts Oost").build());
            Path filler = fill(disk);

            VerbinderException refusal = null;
            int saved = 0;
            for (int i = 0; i < 5_000 && refusal == null; i++) {
                try {
                    db.services().partners().create(aPartner().named("Partner " + i)
                            .withNotes("Afspraken over doorverwijzing en terugkoppeling, ronde " + i + ". ".repeat(200))
                            .build());
                    saved++;
                } catch (VerbinderException e) {
                    refusal = e;
                }
            }

            assertThat(refusal).as("a refusal after %d saves", saved).isNotNull();
            assertThat(refusal.messageKey()).isEqualTo("error.disk-full");
            assertThat(ErrorText.describe(Messages.dutch(), refusal))
                    .startsWith("De schijf is vol").doesNotContain("beschadigd", "SQLITE");
            assertThat(ErrorText.describe(Messages.english(), refusal))
                    .startsWith("The disk is full").doesNotContain("damaged", "SQLITE");
            Files.delete(filler);
            assertThat(db.rowCount("partner")).isEqualTo(1 + saved);
        }
        try (TestDatabase reopened = TestDatabase.in(disk)) {
            assertThat(reopened.store().damage()).isEmpty();
            assertThat(reopened.store().checkPages()).isEmpty();
        }
    }

    @Test
    void openingANewDatabaseOnAFullDiskSaysTheDiskIsFull() throws Exception {
        Path disk = mountSmallDisk("1m");
        fill(disk);

        VerbinderException refusal = catchThrowableOfType(VerbinderException.class,
                () -> TestDatabase.in(disk).close());

        assertThat(refusal).isNotNull();
        assertThat(ErrorText.describe(Messages.dutch(), refusal)).contains("de schijf is vol").doesNotContain("beschadigd");
        assertThat(ErrorText.describe(Messages.english(), refusal)).contains("the disk is full").doesNotContain("damaged");
    }

    /** A tmpfs of the given size; mounting needs root (CI runs as root), else the test is skipped. */
    private Path mountSmallDisk(String size) throws Exception {
        Path disk = Files.createDirectory(folder.resolve("disk"));
        int exit = run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0700", "tmpfs", disk.toString());
        assumeTrue(exit == 0, "mounting a small tmpfs to fill up needs root (mount -t tmpfs); CI runs as root");
        mounted = disk;
        return disk;
    }

    /** Writes a file until the disk is full; returns it. */
    private static Path fill(Path disk) throws IOException {
        Path filler = disk.resolve("vulling.bin");
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException e) {
            assertThat(e.getMessage()).contains("No space left on device");
        }
        return filler;
    }

    private static int run(String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            return -1;
        }
    }
}
