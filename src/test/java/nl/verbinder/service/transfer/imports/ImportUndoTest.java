package nl.verbinder.service.transfer.imports;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.ImportItem;
import nl.verbinder.domain.ImportRecord;
import nl.verbinder.domain.ImportSource;
import nl.verbinder.domain.ImportedEntity;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.UndoBlocker;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.service.transfer.Fixtures;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportUndoTest {

    @TempDir
    Path folder;

    private TestDatabase db;
    private ImportService imports;
    private Partner existing;

    @BeforeEach
    void open() {
        db = TestDatabase.in(folder.resolve("db"));
        imports = db.services().imports();
        existing = db.services().partners().create(aPartner().named("Fysio Oost").withPostcode("3512 AB").build());
        db.services().contactPersons().add(ContactPerson.newAt(existing.id(), "Kees Oost", null, null, null, null,
                null));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everyImportIsRecordedWithWhatItCreatedAndFilledIn() {
        ImportResult result = importFile();

        ImportRecord record = result.record();
        assertThat(record.source()).isEqualTo(ImportSource.PARTNERS_CSV);
        assertThat(record.fileName()).endsWith("lijst.csv");
        assertThat(record.importedAt()).isEqualTo(db.services().clock().instant());
        assertThat(record.rowCount()).isEqualTo(3);
        assertThat(record.items()).extracting(ImportItem::entity, ImportItem::action, ImportItem::filledFields)
                .containsExactlyInAnyOrder(
                        tuple(ImportedEntity.PARTNER, ImportItem.Action.CREATED, List.of()),
                        tuple(ImportedEntity.PARTNER, ImportItem.Action.FILLED, List.of("website")),
                        tuple(ImportedEntity.CONTACT_PERSON, ImportItem.Action.CREATED, List.of()),
                        tuple(ImportedEntity.CONTACT_PERSON, ImportItem.Action.CREATED, List.of()),
                        tuple(ImportedEntity.CONTACT_PERSON, ImportItem.Action.FILLED, List.of("email")));
        assertThat(imports.history()).extracting(ImportRecord::id).containsExactly(record.id());
    }

    @Test
    void undoPutsTheDatabaseBackExceptTheRecordOfTheUndo() {
        Map<String, List<List<Object>>> before = Fixtures.dump(db.file());
        importFile();

        ImportRecord undone = imports.undoLast();

        assertThat(undone.undone()).isTrue();
        Map<String, List<List<Object>>> after = Fixtures.dump(db.file());
        for (String table : before.keySet()) {
            if (table.startsWith("import_record") || table.startsWith("history_")) {
                continue; // the import and its undo are written down, and stay so
            }
            if (table.equals("partner") || table.equals("contact_person")) {
                // The filled-in records were changed twice (filled in, emptied): same values, new version.
                assertThat(withoutVersions(after.get(table))).as(table).isEqualTo(withoutVersions(before.get(table)));
            } else {
                assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
            }
        }
        assertThatThrownBy(imports::undoLast).isInstanceOfSatisfying(VerbinderException.class,
                e -> assertThat(e.messageKey()).isEqualTo("transfer.import.undo.nothing"));
    }

    @Test
    void anImportAndItsUndoAreOneChangeSetEachInTheHistory() {
        assumeFalse(TestDatabase.onPostgres(), "the change history is not kept on the practice server yet");
        var history = db.services().history();
        int before = history.changes(nl.verbinder.domain.history.ChangeQuery.all()).size();
        importFile();
        var imported = history.changes(nl.verbinder.domain.history.ChangeQuery.all());
        var importSets = imported.subList(0, imported.size() - before).stream()
                .map(nl.verbinder.domain.history.Change::changeSet).distinct().toList();
        assertThat(importSets).hasSize(1);

        imports.undoLast();
        var all = history.changes(nl.verbinder.domain.history.ChangeQuery.all());
        var undoSets = all.subList(0, all.size() - imported.size()).stream()
                .map(nl.verbinder.domain.history.Change::changeSet).distinct().toList();
        assertThat(undoSets).hasSize(1).doesNotContainAnyElementsOf(importSets);
        assertThat(all.subList(0, all.size() - imported.size())).extracting(c -> c.action().code())
                .contains("delete");
    }

    @Test
    void undoIsRefusedWhenRecordsWereChangedOrUsedSinceAndSaysWhich() {
        importFile();
        Partner created = db.services().partners().resolve("Nieuwe Praktijk");
        db.services().partners().update(created.toBuilder().phone("030-5555555").build());
        Partner oost = db.services().partners().get(existing.id());
        ContactPerson anna = db.services().contactPersons().forPartner(created.id()).getFirst();
        db.services().moments().log(ContactMoment.builder().partnerId(created.id()).date(LocalDate.of(2026, 11, 20))
                .kind(ContactKind.PHONE).summary("Eerste gesprek").contactPersonIds(java.util.Set.of(anna.id()))
                .build());
        db.services().partners().update(oost.toBuilder().notes("Bijgewerkt").build());
        Map<String, List<List<Object>>> before = Fixtures.dump(db.file());

        assertThatThrownBy(imports::undoLast).isInstanceOfSatisfying(UndoRefusedException.class, e ->
                assertThat(e.blockers()).extracting(UndoBlocker::name, UndoBlocker::reason).containsExactlyInAnyOrder(
                        tuple("Nieuwe Praktijk", UndoBlocker.Reason.CHANGED),
                        tuple("Nieuwe Praktijk", UndoBlocker.Reason.HAS_CONTACT_MOMENTS),
                        tuple("Fysio Oost", UndoBlocker.Reason.CHANGED),
                        tuple("Anna 't Hart", UndoBlocker.Reason.IN_CONTACT_MOMENTS)));

        assertThat(Fixtures.dump(db.file())).isEqualTo(before);
    }

    @Test
    void undoIsRefusedWhenAPartnerItCreatedGotOtherContactPersons() {
        importFile();
        Partner created = db.services().partners().resolve("Nieuwe Praktijk");
        db.services().contactPersons().add(ContactPerson.newAt(created.id(), "Piet Later", null, null, null, null,
                null));

        assertThatThrownBy(imports::undoLast).isInstanceOfSatisfying(UndoRefusedException.class, e ->
                assertThat(e.blockers()).extracting(UndoBlocker::reason)
                        .containsExactly(UndoBlocker.Reason.HAS_OTHER_CONTACT_PERSONS));
    }

    @Test
    void deletedRecordsDoNotBlockAnUndo() {
        importFile();
        Partner created = db.services().partners().resolve("Nieuwe Praktijk");
        db.services().partners().moveToTrash(created.id());
        db.services().partners().deleteForGood(created.id());

        imports.undoLast();

        assertThat(db.services().partners().get(existing.id()).website()).isNull();
    }

    private ImportResult importFile() {
        Path file = Fixtures.write(folder.resolve("lijst.csv"), """
                Naam,Postcode,Plaats,Website,Contactpersoon,E-mail contactpersoon
                Fysio Oost,3512 AB,Utrecht,www.fysio-oost.example,Kees Oost,kees@fysio-oost.example
                Nieuwe Praktijk,3584 AA,Utrecht,,Anna 't Hart,
                Nieuwe Praktijk,3584 AA,,,Mehmet Yılmaz,
                """, StandardCharsets.UTF_8, false);
        CsvTable table = imports.readPartnerList(file);
        ImportPlan plan = imports.planPartnerList(table, ColumnMapping.suggest(table),
                ImportOptions.defaults().withDuplicatesOfExisting(RowAction.MERGE), Progress.none());
        return imports.run(plan, Progress.none());
    }

    private static List<List<Object>> withoutVersions(List<List<Object>> rows) {
        // updated_at and version are the last columns that change with an edit: compare the rest.
        return rows.stream().map(r -> r.subList(0, r.size() - 3)).toList();
    }
}
