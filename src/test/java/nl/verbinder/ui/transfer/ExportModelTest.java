package nl.verbinder.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.verbinder.app.SqliteWiring;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.service.Services;
import nl.verbinder.service.transfer.PartnerColumn;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.service.transfer.backup.BackupSummary;
import nl.verbinder.service.transfer.csv.CsvDialect;
import nl.verbinder.service.transfer.exports.ExportSummary;
import nl.verbinder.service.transfer.exports.VCardVersion;
import nl.verbinder.store.sqlite.SqliteStore;
import nl.verbinder.testutil.TestDatabase;
import nl.verbinder.ui.ViewModelTestBase;
import nl.verbinder.ui.WindowFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The export, backup and restore dialogs' view model without a window: what it counts, and
 * the files and databases it writes. A refusal is checked as the dialog says it.
 */
class ExportModelTest extends ViewModelTestBase {

    private static final Clock CLOCK = TestDatabase.fixedClock(TestDatabase.TODAY);

    private ExportModel model;

    @BeforeEach
    void model() {
        model = new ExportModel(fixture.context, WindowFixture.factory(folder, CLOCK));
    }

    private String shown(VerbinderException refusal) {
        return TransferTexts.refusal(fixture.context.messages(), refusal);
    }

    private int partnersIn(Path database) {
        try (Services opened = SqliteWiring.services(SqliteStore.open(database, CLOCK), CLOCK)) {
            return opened.partners().count(PartnerQuery.all());
        }
    }

    @Test
    void itCountsThePartnersTheExportWillWrite() {
        List<Integer> counted = new ArrayList<>();

        model.countPartners(PartnerQuery.all(), counted::add);
        model.countPartners(PartnerQuery.all().withCategories(Set.of(Category.GP)), counted::add);

        assertThat(counted).containsExactly(7, 2);
    }

    @Test
    void thePartnersOfTheQueryGoToCsvForADutchExcelWithOnlyTheChosenColumns() throws Exception {
        Path target = folder.resolve("huisartsen.csv");

        ExportSummary summary = model.partners(PartnerQuery.all().withCategories(Set.of(Category.GP)),
                List.of(PartnerColumn.NAME, PartnerColumn.CATEGORY), CsvDialect.EXCEL_NL, fixture.context.messages(),
                target, Progress.none());

        assertThat(summary.written()).isEqualTo(2);
        byte[] bytes = Files.readAllBytes(target);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.getFirst()).isEqualTo("Naam;Categorie");
        assertThat(lines.subList(1, lines.size())).hasSize(2).allSatisfy(line -> assertThat(line).endsWith(";Huisarts"));
        assertThat(String.join("\n", lines)).contains("Huisartsenpraktijk De Linde").doesNotContain("Zwembad De Wetering");
    }

    @Test
    void theMomentsOfAPeriodGoToCsvAndAReversedPeriodWritesNothing() throws Exception {
        Path november = folder.resolve("november.csv");
        ExportSummary summary = model.moments(LocalDate.of(2026, 11, 1), null, CsvDialect.STANDARD,
                fixture.context.messages(), november, Progress.none());

        assertThat(summary.written()).isEqualTo(1);
        List<String> lines = List.of(Files.readString(november, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("2026-11-16").contains("Huisartsenpraktijk De Linde");

        Path never = folder.resolve("nooit.csv");
        VerbinderException refusal = catchThrowableOfType(VerbinderException.class, () -> model.moments(
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 10, 1), CsvDialect.STANDARD, fixture.context.messages(),
                never, Progress.none()));
        assertThat(shown(refusal)).contains("de einddatum").contains("vóór de begindatum");
        assertThat(never).doesNotExist();
    }

    @Test
    void contactPersonsGoToOneVCardFile() throws Exception {
        Path target = folder.resolve("contactpersonen.vcf");

        ExportSummary summary = model.contactPersons(VCardVersion.V3, false, target, Progress.none());

        assertThat(summary.written()).isEqualTo(2);
        String cards = Files.readString(target, StandardCharsets.UTF_8);
        assertThat(cards.split("BEGIN:VCARD", -1)).hasSize(3);
        assertThat(cards).contains("VERSION:3.0").contains("Huisartsenpraktijk De Linde");
    }

    @Test
    void aBackupRestoredIntoANewFileHoldsTheSamePartners() {
        Path backup = folder.resolve("kopie.json");
        BackupSummary written = model.backUp(backup, Progress.none());
        assertThat(backup).exists();
        Path target = folder.resolve("hersteld.db");

        BackupSummary restored = model.restoreInto(backup, target, Progress.none());

        assertThat(restored.rows()).isEqualTo(written.rows()).isPositive();
        assertThat(partnersIn(target)).isEqualTo(7);
    }

    @Test
    void restoringIntoADatabaseWithDataIsRefusedAndChangesNothing() {
        Path backup = folder.resolve("kopie.json");
        model.backUp(backup, Progress.none());
        Path full = folder.resolve("vol.db");
        model.restoreInto(backup, full, Progress.none());

        VerbinderException refusal = catchThrowableOfType(VerbinderException.class,
                () -> model.restoreInto(backup, full, Progress.none()));

        assertThat(shown(refusal)).isEqualTo("De database " + full + " bevat al gegevens. Een reservekopie wordt alleen"
                + " in een lege database teruggezet; kies een nieuw bestand. Er is niets veranderd.");
        assertThat(partnersIn(full)).isEqualTo(7);
    }

    @Test
    void aFailedRestoreIntoANewFileLeavesNoFileBehind() throws Exception {
        Path notABackup = folder.resolve("notities.txt");
        Files.writeString(notABackup, "Geen reservekopie, maar een boodschappenlijst.\n", StandardCharsets.UTF_8);
        Path target = folder.resolve("nieuw.db");

        VerbinderException refusal = catchThrowableOfType(VerbinderException.class,
                () -> model.restoreInto(notABackup, target, Progress.none()));

        assertThat(shown(refusal)).startsWith(notABackup + " is geen reservekopie van Verbinder").endsWith("Er is niets veranderd.");
        assertThat(target).doesNotExist();
        assertThat(fixture.services().partners().count(PartnerQuery.all())).isEqualTo(7);
    }
}
