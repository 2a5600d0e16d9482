package nl.verbinder.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.service.transfer.imports.ColumnMapping;
import nl.verbinder.service.transfer.imports.CsvTable;
import nl.verbinder.service.transfer.imports.ImportOptions;
import nl.verbinder.service.transfer.imports.ImportService;
import nl.verbinder.service.transfer.imports.RowAction;
import nl.verbinder.ui.ViewModelTestBase;
import nl.verbinder.ui.area.Changes;
import org.junit.jupiter.api.Test;

/** The import history's view model without a window, on a real database file. */
class ImportHistoryModelTest extends ViewModelTestBase {

    /** Imports the file as the wizard would, the duplicate of De Linde merged. */
    private void imported(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        ImportService imports = fixture.services().imports();
        CsvTable table = imports.readPartnerList(file);
        ImportOptions options = ImportOptions.defaults();
        for (int row = 2; row <= table.rows().size() + 1; row++) {
            options = options.withDecision(row, RowAction.MERGE);
        }
        imports.run(imports.planPartnerList(table, ColumnMapping.suggest(table), options, Progress.none()), Progress.none());
    }

    private ImportHistoryModel loaded() {
        ImportHistoryModel model = new ImportHistoryModel(fixture.context);
        model.load();
        return model;
    }

    private int partnerCount() {
        return fixture.services().partners().count(PartnerQuery.all());
    }

    @Test
    void withoutImportsTheHistoryIsEmpty() {
        assertThat(loaded().rows()).isEmpty();
    }

    @Test
    void everyImportIsShownNewestFirstWithWhatItMadeAndFilledIn() throws Exception {
        imported("nieuw.csv", "Naam;Plaats\nFysio Noord;Utrecht\nZorggroep Yılmaz;Houten\n");
        imported("linde.csv", "Naam;Postcode;Website\nHuisartsenpraktijk De Linde;3511 AB;www.delinde.example\n");

        ImportHistoryModel model = loaded();

        assertThat(model.rows()).extracting(HistoryRow::id, HistoryRow::file, HistoryRow::source, HistoryRow::created,
                HistoryRow::changed, HistoryRow::state, HistoryRow::undoable).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "linde.csv", "Partnerlijst (CSV)", "0 partners, 0 contactpersonen",
                        "1 partner, 0 contactpersonen", "Geïmporteerd", true),
                org.assertj.core.groups.Tuple.tuple(1L, "nieuw.csv", "Partnerlijst (CSV)", "2 partners, 0 contactpersonen",
                        "0 partners, 0 contactpersonen", "Geïmporteerd", true));
        assertThat(model.rows().getFirst().when()).matches("\\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d");
    }

    @Test
    void undoingAnImportRemovesWhatItMadeAndSaysSo() throws Exception {
        imported("nieuw.csv", "Naam;Plaats\nFysio Noord;Utrecht\nZorggroep Yılmaz;Houten\n");
        assertThat(partnerCount()).isEqualTo(9);
        ImportHistoryModel model = loaded();
        List<String> announced = new ArrayList<>();
        fixture.changes.listen(() -> announced.add("partners"), Changes.Topic.PARTNERS);
        List<String> refused = new ArrayList<>();

        model.undo(model.rows().getFirst(), () -> refused.add("refused"));

        assertThat(partnerCount()).isEqualTo(7);
        assertThat(model.message().get()).isEqualTo("Import 1 (nieuw.csv) is ongedaan gemaakt.");
        assertThat(model.rows()).singleElement().satisfies(row -> {
            assertThat(row.state()).startsWith("Ongedaan gemaakt op ");
            assertThat(row.undoable()).isFalse();
        });
        assertThat(refused).isEmpty();
        assertThat(announced).containsExactly("partners");
        assertThat(fixture.notifications).containsExactly("Import 1 (nieuw.csv) is ongedaan gemaakt.");
    }

    @Test
    void aRefusedUndoSaysWhichRecordChangedAndKeepsEverything() throws Exception {
        imported("nieuw.csv", "Naam;Plaats\nFysio Noord;Utrecht\nZorggroep Yılmaz;Houten\n");
        Partner noord = fixture.services().partners().resolve("Fysio Noord");
        fixture.services().partners().update(noord.toBuilder().city("Bilthoven").build());
        ImportHistoryModel model = loaded();
        List<String> refused = new ArrayList<>();

        model.undo(model.rows().getFirst(), () -> refused.add("refused"));

        assertThat(refused).containsExactly("refused");
        assertThat(model.message().get()).startsWith("Import 1 (").contains("kan niet ongedaan worden gemaakt")
                .contains("• partner Fysio Noord (#" + noord.id() + "): is sindsdien gewijzigd");
        assertThat(partnerCount()).isEqualTo(9);
        assertThat(fixture.services().partners().resolve("Fysio Noord").city()).isEqualTo("Bilthoven");
        assertThat(model.rows()).singleElement().satisfies(row -> assertThat(row.undoable()).isTrue());
        assertThat(fixture.notifications).isEmpty();
    }
}
