package nl.verbinder.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.ImportSource;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.service.transfer.PartnerColumn;
import nl.verbinder.service.transfer.imports.RowAction;
import nl.verbinder.ui.ViewModelTestBase;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.transfer.ImportWizardModel.Step;
import org.junit.jupiter.api.Test;

/** The import wizard's view model without a window: a real CSV file into a real database file. */
class ImportWizardModelTest extends ViewModelTestBase {

    /** A good row, a row with a bad e-mail address, and a row that is already a partner (same name and postcode). */
    private static final String LIST = """
            Naam;Postcode;Plaats;E-mail;Website
            Fysio Noord;3581 AA;Utrecht;info@fysionoord.example;
            Yoga 't Hart;3701 AB;Zeist;geen-adres;
            Huisartsenpraktijk De Linde;3511 AB;Utrecht;;www.delinde.example
            """;

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** The wizard for a partner list; its progress bar follows at once, as there is no FX thread. */
    private ImportWizardModel wizard() {
        return new ImportWizardModel(fixture.context, ImportSource.PARTNERS_CSV, Runnable::run);
    }

    /** The wizard for a partner list, with the file read and the preview planned. */
    private ImportWizardModel previewOf(Path file) {
        ImportWizardModel model = wizard();
        model.chooseFile(file);
        model.next();
        model.next();
        assertThat(model.step().get()).isEqualTo(Step.PREVIEW);
        return model;
    }

    private List<String> names() {
        return fixture.services().partners().list(PartnerQuery.all()).stream().map(PartnerOverview::partner)
                .map(Partner::name).toList();
    }

    @Test
    void theFileIsReadAndItsColumnsAreSuggested() throws Exception {
        ImportWizardModel model = wizard();

        model.chooseFile(write("partners.csv", LIST));

        assertThat(model.fileRead().get()).isTrue();
        assertThat(model.fileError().get()).isEmpty();
        assertThat(model.fileInfo().get()).isEqualTo("Gelezen als UTF-8, gescheiden door puntkomma, 3 rijen.");
        model.next();
        assertThat(model.step().get()).isEqualTo(Step.COLUMNS);
        assertThat(model.columns()).extracting(ColumnRow::header, ColumnRow::sample, ColumnRow::known).containsExactly(
                tuple("Naam", "Fysio Noord", true), tuple("Postcode", "3581 AA", true), tuple("Plaats", "Utrecht", true),
                tuple("E-mail", "info@fysionoord.example", true), tuple("Website", "www.delinde.example", true));
        assertThat(model.mapping().get().fieldOf(0)).contains(PartnerColumn.NAME);
        assertThat(model.mapping().get().fieldOf(3)).contains(PartnerColumn.EMAIL);
    }

    @Test
    void thePreviewShowsTheNewTheInvalidAndTheDuplicateRowAndBlocksTheImport() throws Exception {
        ImportWizardModel model = previewOf(write("partners.csv", LIST));

        assertThat(model.rows()).extracting(PreviewRow::row, PreviewRow::name, PreviewRow::actionText,
                PreviewRow::invalid, PreviewRow::duplicate).containsExactly(
                tuple(2, "Fysio Noord", "Nieuw", false, false),
                tuple(3, "Yoga 't Hart", "Fout: niet geïmporteerd", true, false),
                tuple(4, "Huisartsenpraktijk De Linde", "Overslaan", false, true));
        assertThat(model.rows().get(1).problems()).contains("Fout in kolom E-mail: 'geen-adres' is geen e-mailadres");
        assertThat(model.rows().get(2).match()).isEqualTo(
                "Huisartsenpraktijk De Linde (bestaat al; zelfde naam en postcode)");
        assertThat(model.problems()).anySatisfy(p -> assertThat(p).startsWith("Fout in rij 3, kolom E-mail: "));
        assertThat(model.counts().get()).startsWith("Wat er gebeurt: 1 nieuw, 0 samengevoegd, 1 overgeslagen, 1 met fouten;");
        assertThat(model.blocked().get()).startsWith("Importeren kan niet: 1 rij heeft fouten");

        model.runImport();

        assertThat(model.step().get()).isEqualTo(Step.PREVIEW);
        assertThat(model.done().get()).isFalse();
        assertThat(names()).hasSize(7).doesNotContain("Fysio Noord");
    }

    @Test
    void skippingBadRowsAndMergingTheDuplicateImportsTheGoodRowAndFillsInTheExistingPartner() throws Exception {
        ImportWizardModel model = previewOf(write("partners.csv", LIST));
        List<String> announced = new ArrayList<>();
        fixture.changes.listen(() -> announced.add("partners"), Changes.Topic.PARTNERS);

        model.skipInvalid().set(true);
        model.decide(4, RowAction.MERGE);

        assertThat(model.blocked().get()).isEmpty();
        assertThat(model.rows()).extracting(PreviewRow::actionText)
                .containsExactly("Nieuw", "Fout: niet geïmporteerd", "Samenvoegen");
        assertThat(model.counts().get()).startsWith("Wat er gebeurt: 1 nieuw, 1 samengevoegd, 0 overgeslagen, 1 met fouten;");

        model.runImport();

        assertThat(model.step().get()).isEqualTo(Step.RUN);
        assertThat(model.done().get()).isTrue();
        assertThat(model.running().get()).isFalse();
        assertThat(model.summaryIsProblem().get()).isFalse();
        assertThat(model.summary().get()).startsWith("Geïmporteerd uit partners.csv. Partners: 1 nieuw, 1 aangevuld.");
        assertThat(names()).hasSize(8).contains("Fysio Noord").doesNotContain("Yoga 't Hart");
        assertThat(names()).filteredOn(n -> n.startsWith("Huisartsenpraktijk De Linde")).hasSize(1);
        Partner linde = fixture.services().partners().get(fixture.sample.linde.id());
        assertThat(linde.website()).isEqualTo("https://www.delinde.example");
        assertThat(linde.phone()).isEqualTo("030-1234567");
        assertThat(fixture.services().partners().resolve("Fysio Noord").email()).isEqualTo("info@fysionoord.example");
        assertThat(announced).containsExactly("partners");
        assertThat(fixture.notifications).containsExactly(model.summary().get());
        assertThat(fixture.services().imports().history()).hasSize(1);
    }

    @Test
    void anEmptyFileIsRefusedWithAClearMessageAndNothingChanges() throws Exception {
        Path empty = write("leeg.csv", "  \n");
        ImportWizardModel model = wizard();

        model.chooseFile(empty);

        assertThat(model.fileRead().get()).isFalse();
        assertThat(model.fileError().get()).isEqualTo(
                "Het bestand is leeg: " + empty + " bevat niets om te importeren. Er is niets veranderd.");
        assertThat(model.columns()).isEmpty();
        assertThat(names()).hasSize(7);
        assertThat(fixture.services().imports().history()).isEmpty();
    }

    @Test
    void aFileWithoutANameColumnIsBlockedUntilTheUserSaysWhichColumnHoldsTheName() throws Exception {
        ImportWizardModel model = previewOf(write("kolommen.csv", "Praktijk X;Plaats\nDe Brug;Utrecht\n"));

        assertThat(model.problems()).anySatisfy(p -> assertThat(p).startsWith("Fout: Er is geen kolom voor de naam gekozen"));
        assertThat(model.blocked().get()).isEqualTo(
                "Importeren kan niet: het bestand kan zo niet worden ingelezen (zie de meldingen).");
        model.runImport();
        assertThat(names()).hasSize(7).doesNotContain("De Brug");

        model.back();
        assertThat(model.step().get()).isEqualTo(Step.COLUMNS);
        model.map(0, PartnerColumn.NAME);
        model.next();
        assertThat(model.blocked().get()).isEmpty();
        model.runImport();

        assertThat(model.done().get()).isTrue();
        assertThat(names()).hasSize(8).contains("De Brug");
    }

    @Test
    void aChangeInTheDatabaseSinceThePreviewRefusesTheImportAndWritesNothing() throws Exception {
        ImportWizardModel model = previewOf(write("partners.csv", LIST));
        model.skipInvalid().set(true);
        fixture.services().partners().create(Partner.builder().name("Fysio Noord").category(Category.OTHER)
                .postcode("3581 AA").build());

        model.runImport();

        assertThat(model.done().get()).isFalse();
        assertThat(model.running().get()).isFalse();
        assertThat(model.summaryIsProblem().get()).isTrue();
        assertThat(model.summary().get()).isEqualTo(
                "De database is gewijzigd sinds het voorbeeld; bekijk het voorbeeld opnieuw. Er is niets geïmporteerd.");
        assertThat(names()).hasSize(8).filteredOn("Fysio Noord"::equals).hasSize(1);
        assertThat(fixture.services().imports().history()).isEmpty();

        model.back();
        assertThat(model.step().get()).isEqualTo(Step.PREVIEW);
        assertThat(model.rows().getFirst().duplicate()).isTrue();
    }
}
