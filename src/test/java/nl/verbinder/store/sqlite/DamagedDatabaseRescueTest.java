package nl.verbinder.store.sqlite;

import nl.verbinder.app.SqliteWiring;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.verbinder.cli.CliRun;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.TherapistRole;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.ErrorText;
import nl.verbinder.service.Services;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.service.transfer.backup.BackupSummary;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is still readable in a damaged file can be saved: a JSON backup holds every readable
 * table and names the unreadable one, and restores into a new file; a copy of the file is
 * refused; a CSV export says which part could not be read; the command line warns once.
 * The damage is real: the first page of the partner table overwritten (see {@link DamagedPageTest}).
 */
class DamagedDatabaseRescueTest {

    @TempDir
    Path folder;

    Path file;

    @BeforeEach
    void aDamagedFileWithReadableTherapists() throws IOException {
        Path where = folder.resolve("praktijk");
        try (TestDatabase db = TestDatabase.in(where)) {
            db.services().therapists().add(Therapist.newTherapist("Anna de Vries", TherapistRole.PRACTICE_OWNER, null));
            db.services().therapists().add(Therapist.newTherapist("Bram van den Berg", TherapistRole.THERAPIST, null));
            for (int i = 1; i <= 60; i++) {
                db.services().partners().create(aPartner().named("Partner " + i)
                        .withNotes("Notities over samenwerking nummer " + i + " ".repeat(i * 10)).build());
            }
            file = db.file();
        }
        DamagedPageTest.damagePartnerPage(file);
    }

    @Test
    void aJsonBackupKeepsTheReadableTablesNamesTheUnreadableOneAndRestoresIntoANewFile() throws IOException {
        Path json = folder.resolve("gered.json");
        BackupSummary summary;
        try (SqliteStore store = SqliteStore.open(file, TestDatabase.fixedClock(TestDatabase.TODAY))) {
            assertThat(store.damage()).isPresent();
            summary = SqliteWiring.services(store, TestDatabase.fixedClock(TestDatabase.TODAY)).backups()
                    .backUp(json, Progress.none());
        }

        assertThat(summary.unreadable()).extracting(BackupSummary.Unreadable::table).containsExactly("partner");
        assertThat(summary.unreadable().getFirst().rowsRead()).isLessThan(60);
        String text = Files.readString(json);
        assertThat(text).contains("Anna de Vries", "Bram van den Berg", "\"unreadable\"");
        assertThat(Messages.dutch().get("transfer.backup.unreadable", "partner", 0L)).contains("tabel partner", "0 rijen");

        try (TestDatabase fresh = TestDatabase.in(folder.resolve("nieuw"))) {
            BackupSummary restored = fresh.services().backups().restore(json, Progress.none());
            assertThat(restored.unreadable()).isEmpty();
            assertThat(fresh.rowCount("therapist")).isEqualTo(2);
            assertThat(fresh.rowCount("partner")).isEqualTo((int) summary.unreadable().getFirst().rowsRead());
            assertThat(fresh.store().damage()).isEmpty();
            fresh.services().partners().create(aPartner().named("Partner opnieuw").build());
        }
    }

    @Test
    void aCopyOfTheDamagedFileIsRefusedAndPointsToTheJsonBackup() {
        Path copy = folder.resolve("kopie.db");
        try (SqliteStore store = SqliteStore.open(file, TestDatabase.fixedClock(TestDatabase.TODAY))) {
            VerbinderException refusal = catchThrowableOfType(VerbinderException.class,
                    () -> SqliteWiring.services(store, TestDatabase.fixedClock(TestDatabase.TODAY)).backups()
                            .backUp(copy, Progress.none()));
            assertThat(refusal).isNotNull();
            assertThat(refusal.messageKey()).isEqualTo("transfer.backup.db.damaged");
            assertThat(ErrorText.describe(Messages.dutch(), refusal))
                    .contains("is beschadigd", "JSON-reservekopie van wat nog leesbaar is");
            assertThat(ErrorText.describe(Messages.english(), refusal)).contains("is damaged", "JSON backup");
        }
        assertThat(copy).doesNotExist();
    }

    @Test
    void theCommandLineWarnsOnceBeforeItsOwnOutputAndTheBackupNamesWhatIsMissing() {
        Path json = folder.resolve("gered.json");
        CliRun run = CliRun.on(file, "backup", "--out", json.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.err().lines().toList();
        assertThat(lines.getFirst()).contains(file.toString(), "is beschadigd", "alleen-lezen",
                "backup --out", ".json", "restore");
        assertThat(run.err().split("is beschadigd", -1)).as("warned exactly once").hasSize(2);
        assertThat(run.err()).contains("tabel partner");
        assertThat(run.out()).contains("Reservekopie geschreven naar " + json);
        assertThat(json).exists();

        CliRun list = CliRun.on(file, "therapist", "list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.err().lines().toList()).hasSize(1);
        assertThat(list.err()).contains("is beschadigd");
        assertThat(list.out()).contains("Anna de Vries");

        CliRun write = CliRun.on(file, "therapist", "add", "--name", "Carla Jansen");
        assertThat(write.exitCode()).isNotZero();
        assertThat(write.err().lines().toList().getFirst()).contains("backup --out");
        assertThat(write.err()).contains("alleen-lezen geopend: wijzigingen worden niet opgeslagen");
    }

    @Test
    void aCsvExportOfTheDamagedPartnersSaysWhichPartCouldNotBeRead() {
        Path csv = folder.resolve("partners.csv");
        CliRun run = CliRun.on(file, "export", "partners", "--out", csv.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("De partners konden niet worden gelezen", "is beschadigd", "JSON-reservekopie");
        assertThat(run.err()).doesNotContain("Exception");
        assertThat(csv).doesNotExist();
    }

    @Test
    void damageFoundLaterIsToldToWhoeverListens() throws IOException {
        Path sound = DamagedPageTest.verbinderFileWithPartners(folder.resolve("gezond"));
        List<String> told = new CopyOnWriteArrayList<>();
        try (SqliteStore store = SqliteStore.open(sound, TestDatabase.fixedClock(TestDatabase.TODAY))) {
            store.whenDamageFound(told::add);
            DamagedPageTest.damagePartnerPage(sound);
            assertThat(told).isEmpty();

            store.checkPages();

            assertThat(told).hasSize(1);
            store.checkPages();
            assertThat(told).as("told once").hasSize(1);
        }
    }
}
