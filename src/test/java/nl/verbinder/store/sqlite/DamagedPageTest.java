package nl.verbinder.store.sqlite;

import nl.verbinder.app.SqliteWiring;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Random;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.ErrorText;
import nl.verbinder.service.Services;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.store.DatabaseFileException;
import nl.verbinder.testutil.PlainSqlite;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file with a damaged data page (its header and schema still fine) is found out when it is
 * opened: it opens for reading only, says so, and takes no new writes on top of the damage. A
 * backup with a damaged page is refused before it replaces anything.
 */
class DamagedPageTest {

    @TempDir
    Path folder;

    @Test
    void aDamagedPageIsFoundAtOpeningAndTheFileOpensReadOnly() throws IOException {
        Path file = verbinderFileWithPartners(folder.resolve("praktijk"));
        damagePartnerPage(file);
        byte[] before = Files.readAllBytes(file);

        try (SqliteStore store = SqliteStore.open(file, TestDatabase.fixedClock(TestDatabase.TODAY))) {
            assertThat(store.damage()).isPresent();
            Services services = SqliteWiring.services(store, TestDatabase.fixedClock(TestDatabase.TODAY));

            VerbinderException refusal = catchThrowableOfType(VerbinderException.class,
                    () -> services.therapists().list());
            assertThat(refusal).as("reading what is sound still works").isNull();
            VerbinderException write = catchThrowableOfType(VerbinderException.class,
                    () -> services.partners().create(aPartner().named("Nieuwe partner").build()));
            assertThat(write).isNotNull();
            assertThat(write.messageKey()).isEqualTo("error.damaged-read-only");
            assertThat(ErrorText.describe(Messages.dutch(), write))
                    .contains(file.toString(), "is beschadigd", "alleen-lezen", "reservekopie van wat nog leesbaar is");
            assertThat(ErrorText.describe(Messages.english(), write))
                    .contains(file.toString(), "is damaged", "read-only", "back up what is still readable");
        }
        assertThat(Files.readAllBytes(file)).as("nothing was written to the damaged file").isEqualTo(before);
    }

    @Test
    void aSoundFileOpensForWritingAfterItsPagesAreChecked() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            db.services().partners().create(aPartner().named("Huisarts Oost").build());
        }
        try (TestDatabase db = TestDatabase.in(folder)) {
            assertThat(db.store().damage()).isEmpty();
            db.services().partners().create(aPartner().named("Huisarts West").build());
            assertThat(db.rowCount("partner")).isEqualTo(2);
        }
    }

    @Test
    void damageFoundByTheBackgroundCheckStopsWritesFromThen() throws IOException {
        Path file = verbinderFileWithPartners(folder.resolve("praktijk"));
        try (SqliteStore store = SqliteStore.open(file, TestDatabase.fixedClock(TestDatabase.TODAY))) {
            assertThat(store.damage()).isEmpty();
            damagePartnerPage(file); // damaged while open, as a failing disk would

            assertThat(store.checkPages()).isPresent();

            Services services = SqliteWiring.services(store, TestDatabase.fixedClock(TestDatabase.TODAY));
            VerbinderException write = catchThrowableOfType(VerbinderException.class,
                    () -> services.therapists().list().size());
            assertThat(write).isNull();
            assertThat(catchThrowableOfType(VerbinderException.class,
                    () -> services.partners().create(aPartner().named("Nieuwe partner").build())).messageKey())
                    .isEqualTo("error.damaged-read-only");
        }
    }

    @Test
    void restoringABackupWithADamagedPageIsRefusedBeforeItReplacesAnything() throws IOException {
        Path backup = verbinderFileWithPartners(folder.resolve("backup"));
        damagePartnerPage(backup);
        byte[] backupBefore = Files.readAllBytes(backup);

        try (TestDatabase live = TestDatabase.in(folder.resolve("live"))) {
            DatabaseFileException refusal = catchThrowableOfType(DatabaseFileException.class,
                    () -> live.services().backups().restore(backup, Progress.none()));

            assertThat(refusal).isNotNull();
            assertThat(refusal.reason()).isEqualTo(DatabaseFileException.Reason.CORRUPT);
            assertThat(refusal.file()).isEqualTo(backup.toAbsolutePath().normalize());
            assertThat(ErrorText.describe(Messages.dutch(), refusal)).contains(backup.toString(), "is beschadigd");
            assertThat(live.rowCount("partner")).isZero();
            live.services().partners().create(aPartner().named("Na de weigering").build());
            assertThat(live.rowCount("partner")).isEqualTo(1);
        }
        assertThat(Files.readAllBytes(backup)).isEqualTo(backupBefore);
    }

    /** A closed Verbinder file with partners spread over several pages. */
    static Path verbinderFileWithPartners(Path where) {
        try (TestDatabase db = TestDatabase.in(where)) {
            for (int i = 1; i <= 60; i++) {
                db.services().partners().create(aPartner().named("Partner " + i)
                        .withNotes("Notities over samenwerking nummer " + i + " ".repeat(i * 10)).build());
            }
            return db.file();
        }
    }

    /** Writes garbage over the first page of the partner table (its header and schema stay whole). */
    static void damagePartnerPage(Path file) throws IOException {
        int page;
        int pageSize;
        try (Connection c = PlainSqlite.open(file)) {
            page = PlainSqlite.integer(c, "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'partner'");
            pageSize = PlainSqlite.integer(c, "PRAGMA page_size");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        byte[] noise = new byte[pageSize];
        new Random(7).nextBytes(noise);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek((long) (page - 1) * pageSize);
            raw.write(noise);
            raw.getFD().sync();
        }
    }
}
