package nl.verbinder.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database holds personal data: other users of the computer must not be able to read it. */
class DatabaseFilePermissionsTest {

    @TempDir
    Path folder;

    @BeforeEach
    void onlyWherePosixPermissionsExist() throws IOException {
        assumeTrue(Files.getFileStore(folder).supportsFileAttributeView("posix"));
    }

    @Test
    void newFileIsReadableAndWritableByItsOwnerOnly() throws IOException {
        try (TestDatabase db = TestDatabase.in(folder)) {
            assertThat(permissions(db.file())).isEqualTo("rw-------");
        }
        assertThat(permissions(folder.resolve("verbinder.db"))).isEqualTo("rw-------");
    }

    @Test
    void writeAheadLogAndSharedMemoryFilesAreForTheOwnerOnly() throws IOException {
        try (TestDatabase db = TestDatabase.in(folder)) {
            db.services().partners().create(nl.verbinder.testutil.PartnerBuilder.aPartner().build());
            Path wal = folder.resolve("verbinder.db-wal");
            Path shm = folder.resolve("verbinder.db-shm");
            assertThat(wal).exists();
            assertThat(permissions(wal)).isEqualTo("rw-------");
            assertThat(permissions(shm)).isEqualTo("rw-------");
        }
    }

    @Test
    void foldersItCreatesAreForTheOwnerOnly() throws IOException {
        Path praktijk = folder.resolve("praktijk");
        Path data = praktijk.resolve("gegevens");
        try (TestDatabase db = TestDatabase.in(data)) {
            assertThat(db.file()).exists();
        }
        assertThat(permissions(praktijk)).isEqualTo("rwx------");
        assertThat(permissions(data)).isEqualTo("rwx------");
        assertThat(permissions(data.resolve("verbinder.db"))).isEqualTo("rw-------");
    }

    @Test
    void emptyFileThatOthersCouldReadIsClosedOffBeforeDataGoesIn() throws IOException {
        Path file = Files.createFile(folder.resolve("verbinder.db"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        try (TestDatabase db = TestDatabase.in(folder)) {
            assertThat(permissions(db.file())).isEqualTo("rw-------");
        }
    }

    @Test
    void anExistingDatabaseOthersCouldReadIsClosedOffWithItsLogFiles() throws Exception {
        Path file;
        try (TestDatabase db = TestDatabase.in(folder)) {
            file = db.file();
        }
        try (java.sql.Connection other = nl.verbinder.testutil.PlainSqlite.open(file)) {
            nl.verbinder.testutil.PlainSqlite.execute(other, "UPDATE practice_profile SET name = name");
            Path wal = folder.resolve("verbinder.db-wal");
            Path shm = folder.resolve("verbinder.db-shm");
            for (Path path : java.util.List.of(file, wal, shm)) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));
            }

            try (TestDatabase db = TestDatabase.in(folder)) {
                assertThat(permissions(file)).isEqualTo("rw-------");
                assertThat(permissions(wal)).isEqualTo("rw-------");
                assertThat(permissions(shm)).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void logFilesMadeAfterClosingOffAnOldDatabaseAreForTheOwnerOnly() throws IOException {
        Path file;
        try (TestDatabase db = TestDatabase.in(folder)) {
            file = db.file();
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(folder.resolve("verbinder.db-wal")).doesNotExist();

        try (TestDatabase db = TestDatabase.in(folder)) {
            db.services().partners().create(nl.verbinder.testutil.PartnerBuilder.aPartner().build());
            assertThat(permissions(file)).isEqualTo("rw-------");
            assertThat(permissions(folder.resolve("verbinder.db-wal"))).isEqualTo("rw-------");
            assertThat(permissions(folder.resolve("verbinder.db-shm"))).isEqualTo("rw-------");
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
