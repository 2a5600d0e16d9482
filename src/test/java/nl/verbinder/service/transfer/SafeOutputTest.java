package nl.verbinder.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.verbinder.domain.VerbinderException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where an export may land and how: never the database, through links, into pipes, not over others' files. */
class SafeOutputTest {

    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    @TempDir
    Path folder;

    private Path database;
    private final ExecutorService readers = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "fifo-reader");
        thread.setDaemon(true);
        return thread;
    });

    @BeforeEach
    void aDatabase() throws IOException {
        database = folder.resolve("praktijk.db");
        Files.writeString(database, "SQLite format 3\0 the live data");
        Files.writeString(folder.resolve("praktijk.db-wal"), "the log");
    }

    @AfterEach
    void stopReaders() {
        readers.shutdownNow();
    }

    @Test
    void theDatabaseItselfIsRefusedAndStaysAsItWas() throws IOException {
        assertRefusedAsDatabase(database);
        assertRefusedAsDatabase(folder.resolve("praktijk.db-wal"));
        assertRefusedAsDatabase(folder.resolve("praktijk.db-shm"));
        assertRefusedAsDatabase(folder.resolve("praktijk.db-journal"));
        assertThat(Files.readString(database)).isEqualTo("SQLite format 3\0 the live data");
        assertThat(Files.readString(folder.resolve("praktijk.db-wal"))).isEqualTo("the log");
        assertThat(folder.resolve("praktijk.db-shm")).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void theDatabaseBehindALinkADotDotOrAHardLinkIsRefused() throws IOException {
        Files.createDirectories(folder.resolve("sub"));
        Path link = Files.createSymbolicLink(folder.resolve("export.csv"), database);
        Path walLink = Files.createSymbolicLink(folder.resolve("log.csv"), Path.of("praktijk.db-shm"));
        Path hard = Files.createLink(folder.resolve("sub/hard.csv"), database);
        Path cwd = Path.of("").toAbsolutePath();

        assertRefusedAsDatabase(link);
        assertRefusedAsDatabase(walLink);
        assertRefusedAsDatabase(hard);
        assertRefusedAsDatabase(folder.resolve("sub/../praktijk.db"));
        assertRefusedAsDatabase(folder.resolve("nog-niet/../praktijk.db"));
        assertRefusedAsDatabase(folder.resolve("nog-niet/dieper/../../praktijk.db-wal"));
        assertRefusedAsDatabase(cwd.relativize(folder.resolve("sub/../praktijk.db")));
        assertThat(Files.readString(database)).isEqualTo("SQLite format 3\0 the live data");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(folder.resolve("nog-niet")).doesNotExist();
    }

    @Test
    void theDatabaseIsRefusedAsARestoreInput() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("kopie.json"), database);

        for (Path input : List.of(database, link, folder.resolve("praktijk.db-wal"))) {
            assertThatThrownBy(() -> SafeOutput.refuseOpenDatabaseAsInput(input, database))
                    .isInstanceOfSatisfying(VerbinderException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("transfer.restore.in-is-database"));
        }
        SafeOutput.refuseOpenDatabaseAsInput(folder.resolve("backup.json"), database);
    }

    @Test
    void aRegularFileIsReplacedWholeAndOwnerOnly() throws IOException {
        Path target = folder.resolve("partners.csv");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));

        SafeOutput.writeFile(target, database, file -> Files.writeString(file, "new"));

        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(OWNER_ONLY_FILE);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void newFoldersOnTheWayAreOwnerOnly() throws IOException {
        Path target = folder.resolve("uit/2026/partners.csv");

        SafeOutput.writeFile(target, database, file -> Files.writeString(file, "new"));

        assertThat(Files.getPosixFilePermissions(folder.resolve("uit"))).isEqualTo(OWNER_ONLY_FOLDER);
        assertThat(Files.getPosixFilePermissions(folder.resolve("uit/2026"))).isEqualTo(OWNER_ONLY_FOLDER);
    }

    @Test
    void aFailedWriteLeavesTheTargetAndNoTemporaryFile() throws IOException {
        Path target = folder.resolve("partners.csv");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> SafeOutput.writeFile(target, database, file -> {
            Files.writeString(file, "half");
            throw new IOException("stopped halfway");
        })).isInstanceOf(VerbinderException.class).hasMessageContaining("stopped halfway");

        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws IOException {
        Files.createDirectories(folder.resolve("echt"));
        Path real = Files.writeString(folder.resolve("echt/vervolg.ics"), "old");
        Path link = Files.createSymbolicLink(folder.resolve("vervolg.ics"), Path.of("echt/vervolg.ics"));

        SafeOutput.writeFile(link, database, file -> Files.writeString(file, "new"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        assertThat(Files.getPosixFilePermissions(real)).isEqualTo(OWNER_ONLY_FILE);
    }

    @Test
    void aDanglingLinkGetsItsTargetCreated() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("vervolg.ics"), Path.of("nieuw.ics"));

        SafeOutput.writeFile(link, database, file -> Files.writeString(file, "new"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(folder.resolve("nieuw.ics"))).isEqualTo("new");
    }

    @Test
    void aNamedPipeIsStreamedIntoNeverReplaced() throws Exception {
        Path fifo = mkfifo(folder.resolve("pijp"));
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, readers);

        SafeOutput.writeFile(fifo, database, file -> Files.writeString(file, "BEGIN:VCALENDAR"));

        assertThat(isSpecial(fifo)).as("still a named pipe").isTrue();
        assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo("BEGIN:VCALENDAR");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aDatabaseCopyRefusesANamedPipe() throws Exception {
        Path fifo = mkfifo(folder.resolve("pijp.db"));

        assertThatThrownBy(() -> SafeOutput.writeDatabaseCopy(fifo, database, file -> Files.writeString(file, "x")))
                .isInstanceOfSatisfying(VerbinderException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("transfer.export.special-file"));
        assertThat(isSpecial(fifo)).isTrue();
    }

    @Test
    void aFullDeviceIsReportedAsAFullDiskAndStaysADevice() throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "/dev/full exists on Linux only");

        assertThatThrownBy(() -> SafeOutput.writeFile(full, database, file -> Files.writeString(file, "BEGIN:VCALENDAR")))
                .isInstanceOfSatisfying(VerbinderException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("transfer.export.disk-full"));

        assertThat(isSpecial(full)).as("/dev/full is still a character device").isTrue();
    }

    @Test
    void anotherUsersFileIsNotReplaced() throws Exception {
        Path target = Files.writeString(folder.resolve("zijn.db.csv"), "his");
        assumeTrue(chownToNobody(target), "needs root (as on CI) to give a file to another user");

        assertThatThrownBy(() -> SafeOutput.writeFile(target, database, file -> Files.writeString(file, "mine")))
                .isInstanceOfSatisfying(VerbinderException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("transfer.export.not-owner"));

        assertThat(Files.readString(target)).isEqualTo("his");
        assertThat(Files.getOwner(target).getName()).isEqualTo("nobody");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aReadOnlyFileOfTheUserIsNotReplaced() throws IOException {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root may write any file, read-only or not");
        Path target = Files.writeString(folder.resolve("vast.csv"), "kept");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--------"));

        assertThatThrownBy(() -> SafeOutput.writeFile(target, database, file -> Files.writeString(file, "new")))
                .isInstanceOfSatisfying(VerbinderException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("transfer.export.read-only"));
        assertThat(Files.readString(target)).isEqualTo("kept");
    }

    @Test
    void pipesAndDevicesAreStreamedIntoFilesAndLinksAreNot() throws Exception {
        Path file = Files.writeString(folder.resolve("a.csv"), "x");
        Path link = Files.createSymbolicLink(folder.resolve("b.csv"), file);

        assertThat(SafeOutput.streamsInto(mkfifo(folder.resolve("pijp")))).isTrue();
        assertThat(SafeOutput.streamsInto(file)).isFalse();
        assertThat(SafeOutput.streamsInto(link)).isFalse();
        assertThat(SafeOutput.streamsInto(folder.resolve("nieuw.csv"))).isFalse();
        if (Files.exists(Path.of("/dev/null"))) {
            assertThat(SafeOutput.streamsInto(Path.of("/dev/null"))).isTrue();
        }
    }

    @Test
    void aFolderExportIsOwnerOnlyAlsoWhenAnEarlierExportMadeTheFolderOpen() throws IOException {
        Path cards = Files.createDirectories(folder.resolve("kaarten"));
        Files.writeString(cards.resolve("Oud.vcf"), "old");
        Files.setPosixFilePermissions(cards, PosixFilePermissions.fromString("rwxr-xr-x"));

        SafeOutput.writeFolder(cards, database, ".vcf", temporary -> {
            try (var out = SafeOutput.newOwnerOnlyFile(temporary.resolve("Anna.vcf"))) {
                out.write("BEGIN:VCARD".getBytes(StandardCharsets.UTF_8));
            }
        });

        assertThat(Files.getPosixFilePermissions(cards)).isEqualTo(OWNER_ONLY_FOLDER);
        assertThat(Files.getPosixFilePermissions(cards.resolve("Anna.vcf"))).isEqualTo(OWNER_ONLY_FILE);
        assertThat(leftovers(cards)).isEmpty();
    }

    @Test
    void aFolderOfOtherThingsKeepsItsPermissions() throws IOException {
        Path documents = Files.createDirectories(folder.resolve("Documenten"));
        Files.writeString(documents.resolve("brief.odt"), "letter");
        Files.setPosixFilePermissions(documents, PosixFilePermissions.fromString("rwxr-xr-x"));

        SafeOutput.ownFolder(documents, database, ".vcf");

        assertThat(Files.getPosixFilePermissions(documents)).isEqualTo(PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private void assertRefusedAsDatabase(Path target) {
        assertThatThrownBy(() -> SafeOutput.writeFile(target, database, file -> Files.writeString(file, "a,b,c")))
                .as(target.toString())
                .isInstanceOfSatisfying(VerbinderException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("transfer.export.is-database"));
    }

    private List<Path> leftovers() throws IOException {
        return leftovers(folder);
    }

    private static List<Path> leftovers(Path in) throws IOException {
        try (Stream<Path> files = Files.list(in)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")
                    || p.getFileName().toString().startsWith(".verbinder-")).toList();
        }
    }

    private static boolean isSpecial(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther();
    }

    static Path mkfifo(Path path) throws Exception {
        Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assumeTrue(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0, "mkfifo is available");
        return path;
    }

    static boolean chownToNobody(Path path) throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            return false;
        }
        Process process = new ProcessBuilder("chown", "nobody", path.toString()).inheritIO().start();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
