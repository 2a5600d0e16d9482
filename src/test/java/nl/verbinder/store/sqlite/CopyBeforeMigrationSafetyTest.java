package nl.verbinder.store.sqlite;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.verbinder.store.DatabaseFileException;
import nl.verbinder.store.KeptCopy;
import nl.verbinder.testutil.PlainSqlite;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copy made before a migration is written aside, checked, flushed and only then named, so
 * a broken copy never counts among those kept; copies expire after a month (they hold people
 * erased since); and what interrupted writes left next to the database is cleared at start.
 */
class CopyBeforeMigrationSafetyTest {

    private static final int TEST_VERSION = 900;
    private static final Migrations WITH_TEST_V2 =
            new Migrations(List.of(Migrations.LOCATION, "classpath:db/test-migrations"), TEST_VERSION);
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
    void anEmptyOrPartialCopyNeverPushesOutAGoodOlderOne() throws IOException {
        for (int day = 1; day <= 3; day++) {
            Files.copy(file, folder.resolve(copyName(LocalDate.of(2026, 11, day))));
        }
        Files.createFile(folder.resolve(copyName(LocalDate.of(2026, 11, 20))));
        byte[] whole = Files.readAllBytes(file);
        Files.write(folder.resolve(copyName(LocalDate.of(2026, 11, 21))), Arrays.copyOf(whole, whole.length / 2));

        SqliteStore.open(file, clockOn(DAY), WITH_TEST_V2).close();

        assertThat(copiesIn(folder)).containsExactlyInAnyOrder(
                copyName(LocalDate.of(2026, 11, 2)), copyName(LocalDate.of(2026, 11, 3)),
                "verbinder.db.before-" + NEXT + "-20261123-100000.db");
        for (String name : copiesIn(folder)) {
            assertThat(DatabaseFile.isWhole(folder.resolve(name))).as(name).isTrue();
        }
    }

    @Test
    void aFailureHalfwayThroughTheCopyLeavesNoFileUnderTheOfficialName() throws IOException {
        Files.copy(file, folder.resolve(copyName(LocalDate.of(2026, 11, 20))));
        DatabaseFile.CopyWriter halfThenFull = (source, target) -> {
            byte[] whole = Files.readAllBytes(file);
            Files.write(target, Arrays.copyOf(whole, whole.length / 2));
            throw new IOException("No space left on device");
        };

        DatabaseFileException refusal = catchThrowableOfType(DatabaseFileException.class,
                () -> new DatabaseFile(file, clockOn(DAY), WITH_TEST_V2, halfThenFull).prepare(false));

        assertThat(refusal).isNotNull();
        assertThat(refusal.reason()).isEqualTo(DatabaseFileException.Reason.DISK_FULL);
        assertThat(filesIn(folder)).filteredOn(name -> name.contains(".before-") || name.endsWith(".part"))
                .containsExactly(copyName(LocalDate.of(2026, 11, 20)));
        try (Connection c = PlainSqlite.open(file)) {
            assertThat(PlainSqlite.column(c, "SELECT name FROM partner")).containsExactly("Huisarts Oost");
            assertThat(PlainSqlite.column(c,
                    "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1"))
                    .containsExactly(String.valueOf(Migrations.LATEST_VERSION));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCopyIsFlushedAndNamedOnlyAfterItChecksOut() throws IOException {
        DatabaseFile.CopyWriter noCopy = (source, target) -> { };

        DatabaseFileException refusal = catchThrowableOfType(DatabaseFileException.class,
                () -> new DatabaseFile(file, clockOn(DAY), WITH_TEST_V2, noCopy).prepare(false));

        assertThat(refusal).as("an empty copy does not pass the check").isNotNull();
        assertThat(copiesIn(folder)).isEmpty();
        assertThat(filesIn(folder)).noneMatch(name -> name.endsWith(".part"));
    }

    @Test
    void copiesOlderThanAMonthAreRemovedAtStartAndTheRestAreListedWithTheirEnd() throws IOException {
        Files.copy(file, folder.resolve(copyName(LocalDate.of(2026, 10, 20))));
        Files.copy(file, folder.resolve(copyName(LocalDate.of(2026, 11, 10))));

        try (SqliteStore store = SqliteStore.open(file, clockOn(DAY))) {
            assertThat(store.keptCopies()).containsExactly(new KeptCopy(folder.resolve(copyName(LocalDate.of(2026, 11, 10))),
                    LocalDateTime.of(2026, 11, 10, 9, 0), LocalDateTime.of(2026, 12, 10, 9, 0)));
        }
        assertThat(copiesIn(folder)).containsExactly(copyName(LocalDate.of(2026, 11, 10)));
    }

    @Test
    void leftoversOfInterruptedWritesAreRemovedAtStartUnlessStillFresh() throws IOException {
        Clock clock = clockOn(DAY);
        FileTime old = FileTime.from(clock.instant().minus(Duration.ofHours(3)));
        FileTime fresh = FileTime.from(clock.instant().minus(Duration.ofMinutes(5)));
        List<Path> oldOnes = List.of(
                leftover(".verbinder.db.before-" + NEXT + "-20261101-090000.db.part", old),
                leftover(".partners.csv.4711.part", old),
                leftover(".backup.db.4712.part-wal", old),
                leftover(".backup.db.4712.part-shm", old));
        Path oldRestore = Files.createDirectory(folder.resolve(".verbinder-restore-123"));
        leftover(".verbinder-restore-123/restore.db", old);
        Files.setLastModifiedTime(oldRestore, old);
        Path freshPart = leftover(".partners.csv.4713.part", fresh);
        Path freshRestore = Files.createDirectory(folder.resolve(".verbinder-restore-456"));
        leftover(".verbinder-restore-456/restore.db", fresh);
        Path usersOwn = leftover("offerte.part", old);

        SqliteStore.open(file, clock).close();

        assertThat(oldOnes).noneMatch(Files::exists);
        assertThat(oldRestore).doesNotExist();
        assertThat(freshPart).exists();
        assertThat(freshRestore.resolve("restore.db")).exists();
        assertThat(usersOwn).exists();
    }

    private Path leftover(String name, FileTime time) throws IOException {
        Path path = Files.writeString(folder.resolve(name), "Jansen, Huisarts Oost, 06 98765432");
        Files.setLastModifiedTime(path, time);
        return path;
    }

    private static String copyName(LocalDate day) {
        return "verbinder.db.before-" + NEXT + "-" + day.toString().replace("-", "") + "-090000.db";
    }

    private static Clock clockOn(LocalDate day) {
        return TestDatabase.fixedClock(day);
    }

    private static List<String> copiesIn(Path folder) throws IOException {
        return filesIn(folder).stream().filter(name -> name.startsWith("verbinder.db.before-")).toList();
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
