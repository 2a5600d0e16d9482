package nl.verbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.verbinder.service.transfer.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where {@code --out} and {@code --in} may point: never at the open database or its files
 * (directly, through a link or a {@code ..}), through links to their target, into a pipe
 * without replacing it, never over another user's file; what is written is owner-only.
 */
class OutputPathCommandLineTest {

    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    @TempDir
    Path folder;

    private Path db;
    private final ExecutorService readers = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "fifo-reader");
        thread.setDaemon(true);
        return thread;
    });

    @BeforeEach
    void network() {
        db = folder.resolve("praktijk.db");
        ok("partner", "add", "--name", "Sportvereniging Hercules", "--category", "sports-club", "--city", "Utrecht");
        ok("log", "--partner", "Hercules", "--kind", "phone", "--summary", "Kennismaking", "--date", "2026-11-02",
                "--follow-up", "Folder sturen", "--due", "2026-12-01");
    }

    @AfterEach
    void stopReaders() {
        readers.shutdownNow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"partners", "moments", "vcard", "ics"})
    void exportOntoTheOpenDatabaseIsRefusedDirectlyThroughALinkAndThroughDotDot(String kind) throws IOException {
        Files.createDirectories(folder.resolve("sub"));
        Path link = Files.createSymbolicLink(folder.resolve("export." + kind), db);
        Path cwd = Path.of("").toAbsolutePath();
        List<Path> targets = List.of(db, link, cwd.relativize(folder.resolve("sub/../praktijk.db")),
                folder.resolve("praktijk.db-wal"), folder.resolve("praktijk.db-shm"));

        for (Path target : targets) {
            refusedAsDatabase("export", kind, "--out", target.toString());
        }

        assertTheDatabaseIsIntact();
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void reportOntoTheOpenDatabaseIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("rapport.pdf"), db);

        refusedAsDatabase("report", "--practice", "Fysio Oost", "--out", db.toString());
        refusedAsDatabase("report", "--practice", "Fysio Oost", "--out", link.toString());
        refusedAsDatabase("report", "--practice", "Fysio Oost", "--out", folder.resolve("praktijk.db-wal").toString());

        assertTheDatabaseIsIntact();
    }

    @Test
    void backupOntoTheOpenDatabaseIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("kopie.json"), folder.resolve("praktijk.db-wal"));

        refusedAsDatabase("backup", "--out", db.toString());
        refusedAsDatabase("backup", "--out", folder.resolve("sub/../praktijk.db").toString());
        refusedAsDatabase("backup", "--out", link.toString());

        assertTheDatabaseIsIntact();
    }

    @Test
    void restoreFromTheOpenDatabaseIsRefused() throws IOException {
        Path empty = folder.resolve("leeg.db");
        ok(empty, "partners");
        Path link = Files.createSymbolicLink(folder.resolve("reserve.db"), empty);

        for (Path input : List.of(empty, link, folder.resolve("leeg.db-wal"))) {
            CliRun run = CliRun.on(empty, "restore", "--in", input.toString());
            assertThat(run.exitCode()).as(input + ": " + run.out()).isEqualTo(ExitCodes.REFUSED);
            assertThat(run.err()).contains("is de geopende database");
        }
    }

    @Test
    void screenshotsIntoTheOpenDatabaseAreRefused() {
        refusedAsDatabase("screenshots", "--out", db.toString());

        assertTheDatabaseIsIntact();
    }

    @Test
    void exportToALinkWritesTheLinksTargetAndTheLinkStays() throws IOException {
        Path real = Files.writeString(folder.resolve("echt.ics"), "old");
        Path link = Files.createSymbolicLink(folder.resolve("vervolg.ics"), real);

        ok("export", "ics", "--out", link.toString());

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("BEGIN:VCALENDAR").contains("Folder sturen");
    }

    @Test
    void exportToANamedPipeStreamsIntoItAndThePipeStays() throws Exception {
        Path fifo = folder.resolve("pijp.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assumeTrue(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is available");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, readers);

        CliRun run = ok("export", "partners", "--out", fifo.toString());

        assertThat(run.err()).as("said on stderr, not mixed into piped content").contains("1 partner geëxporteerd");
        assertThat(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther())
                .as("still a named pipe, not replaced by a file").isTrue();
        assertThat(read.get(30, TimeUnit.SECONDS)).contains("Sportvereniging Hercules");
        assertThat(leftovers(folder)).isEmpty();
    }

    @Test
    void exportToAFullDeviceFailsClearlyAndLeavesTheDevice() throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "/dev/full exists on Linux only");

        CliRun run = CliRun.on(db, "export", "ics", "--out", full.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).contains("De schijf is vol").contains("/dev/full");
        assertThat(Files.readAttributes(full, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther())
                .as("/dev/full is still a character device").isTrue();
    }

    @Test
    void exportToDevNullWritesNothingAndLeavesTheDevice() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull), "/dev/null exists on Linux and macOS");

        CliRun run = ok("export", "ics", "--out", devNull.toString());

        assertThat(run.out()).isEmpty();
        assertThat(Files.readAttributes(devNull, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther())
                .as("/dev/null is still a character device").isTrue();
    }

    @Test
    void exportOverAnotherUsersFileIsRefused() throws Exception {
        Path theirs = Files.writeString(folder.resolve("gedeeld.csv"), "someone else's data");
        assumeTrue("root".equals(System.getProperty("user.name")),
                "only root (as on CI) can give a file to another user for this test");
        Process chown = new ProcessBuilder("chown", "nobody", theirs.toString()).inheritIO().start();
        assumeTrue(chown.waitFor(30, TimeUnit.SECONDS) && chown.exitValue() == 0, "user nobody exists");

        CliRun run = CliRun.on(db, "export", "partners", "--out", theirs.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).contains("is van een andere gebruiker (nobody)");
        assertThat(Files.readString(theirs)).isEqualTo("someone else's data");
        assertThat(Files.getOwner(theirs).getName()).isEqualTo("nobody");
    }

    @Test
    void everyOutputIsOwnerOnly() throws IOException {
        Path out = folder.resolve("uit");
        Path cards = folder.resolve("kaarten");
        Files.createDirectories(cards);
        Files.writeString(cards.resolve("Oud.vcf"), "BEGIN:VCARD");
        Files.setPosixFilePermissions(cards, PosixFilePermissions.fromString("rwxr-xr-x"));
        ok("partner", "add", "--name", "Huisartsenpraktijk Yılmaz", "--category", "gp");
        ok("import", "vcard", "--in", Fixtures.copy("contacts-v3.vcf", folder).toString());

        ok("export", "partners", "--out", out.resolve("partners.csv").toString());
        ok("export", "moments", "--out", out.resolve("momenten.csv").toString());
        ok("export", "vcard", "--out", out.resolve("kaarten.vcf").toString());
        ok("export", "vcard", "--out", out.resolve("per-persoon").toString(), "--per-person");
        ok("export", "vcard", "--out", cards.toString(), "--per-person");
        ok("export", "ics", "--out", out.resolve("vervolg.ics").toString());
        ok("report", "--practice", "Fysio Oost", "--out", out.resolve("rapport.pdf").toString());
        ok("backup", "--out", out.resolve("reserve.json").toString());
        ok("backup", "--out", out.resolve("reserve.db").toString());

        List<Path> written = new ArrayList<>();
        try (Stream<Path> all = Files.walk(out)) {
            written.addAll(all.toList());
        }
        try (Stream<Path> all = Files.list(cards)) {
            written.addAll(all.filter(p -> !p.getFileName().toString().equals("Oud.vcf")).toList());
        }
        assertThat(written).hasSizeGreaterThan(10);
        for (Path path : written) {
            assertThat(Files.getPosixFilePermissions(path)).as(path.toString())
                    .isEqualTo(Files.isDirectory(path) ? OWNER_ONLY_FOLDER : OWNER_ONLY_FILE);
        }
        assertThat(Files.getPosixFilePermissions(cards)).as("an earlier vCard folder").isEqualTo(OWNER_ONLY_FOLDER);
        try (Stream<Path> perPerson = Files.list(out.resolve("per-persoon"))) {
            assertThat(perPerson.toList()).isNotEmpty();
        }
    }

    @Test
    void leftoversOfAKilledRunAreRemovedAtTheNextStart() throws Exception {
        long dead = deadProcessId();
        Path part = Files.writeString(folder.resolve(".partners.csv." + dead + ".123456.part"), "Hercules");
        Path wal = Files.writeString(folder.resolve(".reserve.db." + dead + ".77.part-wal"), "Hercules");
        Path restore = Files.createDirectories(folder.resolve(".verbinder-restore-" + dead + "-42"));
        Files.writeString(restore.resolve("restore.db"), "Hercules");
        Path running = Files.createDirectories(folder.resolve(".verbinder-export-" + ProcessHandle.current().pid() + "-7"));
        Path someoneElses = Files.writeString(folder.resolve(".notes.txt"), "keep");

        ok("partners");

        assertThat(part).doesNotExist();
        assertThat(wal).doesNotExist();
        assertThat(restore).doesNotExist();
        assertThat(running).as("the work of a process that still runs").exists();
        assertThat(someoneElses).exists();
    }

    private static long deadProcessId() throws Exception {
        Process process = new ProcessBuilder("true").start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return process.pid();
    }

    private void refusedAsDatabase(String... args) {
        CliRun run = CliRun.on(db, args);
        assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.out()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).contains("is de geopende database").contains(db.toString());
    }

    private void assertTheDatabaseIsIntact() {
        assertThat(ok("partners").out()).contains("Sportvereniging Hercules");
        assertThat(String.valueOf(Fixtures.dump(db))).contains("Kennismaking").contains("Folder sturen");
        assertThat(leftovers(folder)).isEmpty();
    }

    private static List<Path> leftovers(Path in) {
        try (Stream<Path> files = Files.list(in)) {
            return files.filter(p -> p.getFileName().toString().matches("\\..*\\.part(-wal|-shm|-journal)?")
                    || p.getFileName().toString().startsWith(".verbinder-")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CliRun ok(String... args) {
        return ok(db, args);
    }

    private static CliRun ok(Path database, String... args) {
        CliRun run = CliRun.on(database, args);
        assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isZero();
        return run;
    }
}
