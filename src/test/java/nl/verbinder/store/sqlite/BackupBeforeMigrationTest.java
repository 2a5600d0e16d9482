package nl.verbinder.store.sqlite;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.ErrorText;
import nl.verbinder.store.DatabaseFileException;
import nl.verbinder.testutil.PlainSqlite;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Before a migration changes an existing file, a copy goes next to it, so a failed or
 * unwanted update can be undone. These tests add a test-only migration above every shipped
 * one (V900 in src/test/resources/db/test-migrations) or one that fails halfway.
 */
class BackupBeforeMigrationTest {

    /** The version of the test-only migrations: above every shipped one. */
    private static final int TEST_VERSION = 900;
    private static final Migrations WITH_TEST_V2 =
            new Migrations(List.of(Migrations.LOCATION, "classpath:db/test-migrations"), TEST_VERSION);
    private static final Migrations WITH_FAILING_V2 =
            new Migrations(List.of(Migrations.LOCATION, "classpath:db/failing-migrations"), TEST_VERSION);
    /** A copy is named after the first version the migration brings: the one after the shipped ones. */
    private static final String NEXT = "v" + (Migrations.LATEST_VERSION + 1);
    private static final LocalDate DAY = TestDatabase.TODAY;

    @TempDir
    Path folder;

    private Path file;

    @BeforeEach
    void aFileAtTheShippedVersionWithAPartner() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            db.services().partners().create(aPartner().named("Huisarts Oost").build());
            file = db.file();
        }
    }

    @Test
    void copiesTheFileAsideBeforeAMigrationChangesIt() throws SQLException {
        try (SqliteStore store = SqliteStore.open(file, clockOn(DAY), WITH_TEST_V2)) {
            assertThat(store.schemaVersion()).isEqualTo(TEST_VERSION);
            assertThat(store.backups()).containsExactly(folder.resolve("verbinder.db.before-" + NEXT
                    + "-20261123-100000.db"));
        }
        Path copy = folder.resolve("verbinder.db.before-" + NEXT + "-20261123-100000.db");
        try (Connection c = PlainSqlite.open(copy)) {
            assertThat(PlainSqlite.column(c, "SELECT name FROM partner")).containsExactly("Huisarts Oost");
            assertThat(PlainSqlite.column(c, "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history"))
                    .containsExactly(String.valueOf(Migrations.LATEST_VERSION));
            assertThat(PlainSqlite.tables(c)).doesNotContain("test_only_marker");
        }
        try (Connection c = PlainSqlite.open(file)) {
            assertThat(PlainSqlite.tables(c)).contains("test_only_marker");
            assertThat(PlainSqlite.column(c, "SELECT name FROM partner")).containsExactly("Huisarts Oost");
        }
    }

    @Test
    void copyIsReadableByTheOwnerOnly() throws IOException {
        assumeTrue(Files.getFileStore(folder).supportsFileAttributeView("posix"));
        SqliteStore.open(file, clockOn(DAY), WITH_TEST_V2).close();
        Path copy = folder.resolve("verbinder.db.before-" + NEXT + "-20261123-100000.db");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-------");
    }

    @Test
    void newFileIsNotCopied() throws IOException {
        Path fresh = folder.resolve("nieuw.db");
        try (SqliteStore store = SqliteStore.open(fresh, clockOn(DAY), WITH_TEST_V2)) {
            assertThat(store.schemaVersion()).isEqualTo(TEST_VERSION);
            assertThat(store.backups()).isEmpty();
        }
        assertThat(filesIn(folder)).noneMatch(name -> name.startsWith("nieuw.db.before"));
    }

    @Test
    void keepsOnlyTheNewestThreeCopies() throws IOException {
        Path versionOne = Files.copy(file, folder.resolveSibling(folder.getFileName() + "-v1.db"));
        try {
            for (int day = 1; day <= 4; day++) {
                Files.copy(versionOne, file, StandardCopyOption.REPLACE_EXISTING);
                SqliteStore.open(file, clockOn(LocalDate.of(2026, 11, day)), WITH_TEST_V2).close();
            }
        } finally {
            Files.delete(versionOne);
        }
        assertThat(filesIn(folder)).filteredOn(name -> name.contains(".before-"))
                .containsExactlyInAnyOrder(
                        "verbinder.db.before-" + NEXT + "-20261102-100000.db",
                        "verbinder.db.before-" + NEXT + "-20261103-100000.db",
                        "verbinder.db.before-" + NEXT + "-20261104-100000.db");
    }

    @Test
    void failedMigrationLeavesTheFileAsItWas() throws SQLException {
        DatabaseFileException refusal = catchThrowableOfType(DatabaseFileException.class,
                () -> SqliteStore.open(file, clockOn(DAY), WITH_FAILING_V2));

        assertThat(refusal.reason()).isEqualTo(DatabaseFileException.Reason.MIGRATION_FAILED);
        assertThat(ErrorText.describe(Messages.dutch(), refusal))
                .contains(file.toString(), "Het bijwerken van", "is mislukt", "teruggezet");
        assertThat(ErrorText.describe(Messages.english(), refusal))
                .contains(file.toString(), "Updating", "failed", "was put back");
        assertThatFileIsStillAtTheShippedVersionWithItsPartner();
        try (TestDatabase reopened = TestDatabase.in(folder)) {
            assertThat(reopened.services().partners().resolve("Huisarts Oost").name()).isEqualTo("Huisarts Oost");
        }
    }

    /**
     * A user's own copy next to the file ("verbinder.db.before-vakantie.db") is not one of
     * ours: a failed migration must put back the copy it just made, not that one.
     */
    @Test
    void failedMigrationPutsBackItsOwnCopyNotTheUsersCopy() throws IOException, SQLException {
        Path usersCopy = olderFileNamed("verbinder.db.before-vakantie.db");

        assertThat(catchThrowableOfType(DatabaseFileException.class,
                () -> SqliteStore.open(file, clockOn(DAY), WITH_FAILING_V2)).reason())
                .isEqualTo(DatabaseFileException.Reason.MIGRATION_FAILED);

        assertThatFileIsStillAtTheShippedVersionWithItsPartner();
        assertThat(usersCopy).exists();
    }

    @Test
    void leavesTheUsersOwnCopiesAloneWhenClearingOldOnes() throws IOException {
        Path usersCopy = olderFileNamed("verbinder.db.before-vakantie.db");
        for (int day = 1; day <= 3; day++) {
            Files.copy(file, folder.resolve("verbinder.db.before-" + NEXT + "-2026110" + day + "-090000.db"));
        }

        SqliteStore.open(file, clockOn(DAY), WITH_TEST_V2).close();

        assertThat(usersCopy).exists();
        assertThat(filesIn(folder)).filteredOn(name -> name.contains(".before-" + NEXT + "-"))
                .containsExactlyInAnyOrder(
                        "verbinder.db.before-" + NEXT + "-20261102-090000.db",
                        "verbinder.db.before-" + NEXT + "-20261103-090000.db",
                        "verbinder.db.before-" + NEXT + "-20261123-100000.db");
    }

    /** Copies are ordered by when they were made; "v10" must not sort before "v9" as text does. */
    @Test
    void listsCopiesNewestFirstAlsoPastVersionNine() throws IOException {
        for (String name : List.of("verbinder.db.before-v9-20260101-120000.db",
                "verbinder.db.before-v10-20260301-120000.db", "verbinder.db.before-v10-20260201-120000.db")) {
            Files.copy(file, folder.resolve(name));
        }
        assertThat(new DatabaseFile(file, clockOn(DAY)).backups())
                .extracting(p -> p.getFileName().toString())
                .containsExactly(
                        "verbinder.db.before-v10-20260301-120000.db",
                        "verbinder.db.before-v10-20260201-120000.db",
                        "verbinder.db.before-v9-20260101-120000.db");
    }

    private void assertThatFileIsStillAtTheShippedVersionWithItsPartner() throws SQLException {
        try (Connection c = PlainSqlite.open(file)) {
            assertThat(PlainSqlite.column(c, "SELECT name FROM partner")).containsExactly("Huisarts Oost");
            assertThat(PlainSqlite.tables(c)).doesNotContain("test_only_half_done", "test_only_marker");
            assertThat(PlainSqlite.column(c,
                    "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1"))
                    .containsExactly(String.valueOf(Migrations.LATEST_VERSION));
        }
    }

    /** A Verbinder file with other data than the one under test, under the given name. */
    private Path olderFileNamed(String name) {
        Path other = folder.resolve("andere-map");
        try (TestDatabase db = TestDatabase.in(other)) {
            db.services().partners().create(aPartner().named("Oude kopie").build());
        }
        try {
            return Files.move(other.resolve("verbinder.db"), folder.resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Clock clockOn(LocalDate day) {
        return TestDatabase.fixedClock(day);
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
