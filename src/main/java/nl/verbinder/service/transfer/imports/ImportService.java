package nl.verbinder.service.transfer.imports;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.ImportItem;
import nl.verbinder.domain.ImportRecord;
import nl.verbinder.domain.ImportedEntity;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.domain.UndoBlocker;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.service.ContactPersonService;
import nl.verbinder.service.LocalDatabaseFile;
import nl.verbinder.service.PartnerService;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.service.transfer.TextFile;
import nl.verbinder.store.Store;

/**
 * Imports of partner lists (CSV), LinkedIn connections and vCards, in three steps: read the
 * file (and, for a partner list, map its columns), plan (the preview: per row what will be
 * created, merged or skipped, duplicates, and every problem with its row and column), and run
 * the plan in one transaction, all or nothing. Every import is recorded and can be undone as a
 * whole while the records it touched are unchanged.
 *
 * <p>For the window: {@link #readPartnerList} and {@link ColumnMapping#suggest} give the
 * columns to show; {@link #planPartnerList} (or {@link #planLinkedIn}, {@link #planVCards})
 * the preview; {@link #replan} after the user picks skip or merge for a row; {@link #run} with
 * a {@link Progress} that a JavaFX task can cancel.
 */
public final class ImportService {

    private final Store store;
    private final Clock clock;
    private final PartnerService partners;
    private final ContactPersonService persons;
    private final RowChecks checks;

    private final LocalDatabaseFile localFile;

    public ImportService(Store store, Clock clock, PartnerService partners, ContactPersonService persons,
                         LocalDatabaseFile localFile) {
        this.localFile = localFile;
        this.store = store;
        this.clock = clock;
        this.partners = partners;
        this.persons = persons;
        this.checks = new RowChecks(partners, persons);
    }

    /** Reads a partner list: encoding and separator found, header and rows, unreadable rows reported. */
    public CsvTable readPartnerList(Path file) {
        return readPartnerList(file, null);
    }

    /**
     * Reads a partner list whose header is in the given row (as a spreadsheet numbers rows);
     * {@code null}: the header is found (the first row naming known columns, below any title).
     */
    public CsvTable readPartnerList(Path file, Integer headerRow) {
        if (headerRow != null && headerRow < 1) {
            throw new VerbinderException("transfer.import.header-row.invalid", headerRow);
        }
        return CsvReading.readList(file, readText(file), headerRow, PartnerListReader::namesColumns,
                "transfer.import.partners.no-header");
    }

    /** The preview of importing a partner list with this column mapping. */
    public ImportPlan planPartnerList(CsvTable table, ColumnMapping mapping, ImportOptions options, Progress progress) {
        return store.transactions().read(() -> {
            ImportInput input = new PartnerListReader(checks, name -> store.therapists().findByName(name))
                    .read(table, mapping, progress);
            return planner().plan(input, options, Progress.none());
        });
    }

    /** The preview of importing LinkedIn's Connections.csv, whatever notes come before its header. */
    public ImportPlan planLinkedIn(Path file, ImportOptions options, Progress progress) {
        CsvTable table = CsvReading.read(file, readText(file), CompanyPeopleReader::isLinkedInHeader,
                "transfer.import.linkedin.no-header");
        return store.transactions().read(() -> planner().plan(
                new CompanyPeopleReader(checks).readLinkedIn(table, progress), options, Progress.none()));
    }

    /** The preview of importing a vCard file (2.1, 3.0 or 4.0; one card or many). */
    public ImportPlan planVCards(Path file, ImportOptions options, Progress progress) {
        TextFile text = readText(file);
        return store.transactions().read(() -> planner().plan(
                new CompanyPeopleReader(checks).readVCards(file, text, progress), options, Progress.none()));
    }

    /** The file as text; refused when it is empty or is no text at all (a workbook, an image). */
    private static TextFile readText(Path file) {
        TextFile text = TextFile.read(file);
        if (text.text().isBlank()) {
            throw new VerbinderException("transfer.import.empty", file.toString());
        }
        if (!text.looksLikeText()) {
            throw new VerbinderException("transfer.import.not-text", file.toString());
        }
        return text;
    }

    /** The same preview with other choices (skip or merge a row, skip bad rows), without reading the file again. */
    public ImportPlan replan(ImportPlan plan, ImportOptions options) {
        return store.transactions().read(() -> planner().plan(plan.input(), options, Progress.none()));
    }

    /**
     * Runs the plan in one transaction: everything lands, or nothing (an error, or the user
     * cancelling through the progress, rolls it all back). Refused when the plan is, and when
     * the database changed since the preview so that it no longer holds.
     *
     * @throws ImportRefusedException when the plan has errors the user did not choose to skip
     */
    public ImportResult run(ImportPlan plan, Progress progress) {
        if (plan.refused()) {
            throw new ImportRefusedException(plan);
        }
        return store.transactions().write(() -> {
            ImportPlan now = planner().plan(plan.input(), plan.options(), Progress.none());
            if (!now.rows().equals(plan.rows())) {
                throw new VerbinderException("transfer.import.plan.stale");
            }
            Execution execution = new Execution();
            int done = 0;
            int skipped = 0;
            for (PlannedRow row : plan.rows()) {
                if (row.invalid() || !row.lands()) {
                    skipped++;
                } else {
                    execution.apply(row);
                }
                progress.update(++done, plan.rows().size());
            }
            List<ImportItem> items = execution.items();
            if (items.isEmpty()) {
                return ImportResult.of(null, skipped);
            }
            ImportRecord record = new ImportRecord(null, plan.source(), plan.file().toAbsolutePath().toString(),
                    now(), plan.rows().size(), skipped, null, items);
            long id = store.importRecords().insert(record);
            return ImportResult.of(store.importRecords().find(id).orElseThrow(), skipped);
        });
    }

    /** Every import, newest first. */
    public List<ImportRecord> history() {
        return store.transactions().read(() -> store.importRecords().all());
    }

    /** What keeps this import from being undone; empty when it can be. */
    public List<UndoBlocker> undoBlockers(long importId) {
        return store.transactions().read(() -> store.importRecords().undoBlockers(importId));
    }

    /**
     * Undoes the most recent import that was not undone yet, as a whole, in one transaction:
     * the partners and contact persons it created go, the fields it filled in are emptied.
     *
     * @throws UndoRefusedException when records it touched were changed since (each is named, with why)
     */
    public ImportRecord undoLast() {
        ImportRecord undone = store.transactions().write(() -> {
            ImportRecord record = store.importRecords().lastNotUndone()
                    .orElseThrow(() -> new VerbinderException("transfer.import.undo.nothing"));
            return undo(record);
        });
        localFile.purgeFreedSpace();
        return undone;
    }

    /** Undoes one import (see {@link #undoLast}). */
    public ImportRecord undo(long importId) {
        ImportRecord undone = store.transactions().write(() -> {
            ImportRecord record = store.importRecords().find(importId)
                    .orElseThrow(() -> new VerbinderException("transfer.import.undo.unknown", importId));
            if (record.undone()) {
                throw new VerbinderException("transfer.import.undo.already", importId);
            }
            return undo(record);
        });
        localFile.purgeFreedSpace();
        return undone;
    }

    private ImportRecord undo(ImportRecord record) {
        List<UndoBlocker> blockers = store.importRecords().undoBlockers(record.id());
        if (!blockers.isEmpty()) {
            throw new UndoRefusedException(record, blockers);
        }
        Instant now = now();
        for (ImportItem item : record.items()) {
            if (item.action() != ImportItem.Action.FILLED) {
                continue;
            }
            if (item.entity() == ImportedEntity.PARTNER) {
                store.partners().find(item.entityId()).ifPresent(p -> requireUpdated(
                        store.partners().update(FieldFill.clear(p, item.filledFields()), now), item));
            } else {
                store.contactPersons().find(item.entityId()).ifPresent(p -> requireUpdated(
                        store.contactPersons().update(FieldFill.clear(p, item.filledFields()), now), item));
            }
        }
        for (ImportItem item : record.items()) {
            if (item.action() == ImportItem.Action.CREATED && item.entity() == ImportedEntity.CONTACT_MOMENT) {
                store.contactMoments().delete(item.entityId());
            }
        }
        // An agenda import's events are proposed again once the moments it logged are gone.
        store.calendarEvents().forgetImport(record.id());
        for (ImportItem item : record.items()) {
            if (item.action() == ImportItem.Action.CREATED && item.entity() == ImportedEntity.CONTACT_PERSON) {
                store.contactPersons().delete(item.entityId());
            }
        }
        for (ImportItem item : record.items()) {
            if (item.action() == ImportItem.Action.CREATED && item.entity() == ImportedEntity.PARTNER) {
                store.partners().deleteForGood(item.entityId());
            }
        }
        store.importRecords().markUndone(record.id(), now);
        return store.importRecords().find(record.id()).orElseThrow();
    }

    private static void requireUpdated(boolean updated, ImportItem item) {
        if (!updated) {
            throw new nl.verbinder.domain.ConflictException(item.entity().code(), item.entityId());
        }
    }

    /**
     * The partner that a new partner would duplicate by the partner-list import's own rule (the
     * same name and postcode, or the same e-mail address), so adding one by hand warns alike.
     */
    public Optional<Match> existingPartnerLike(Partner draft) {
        List<PartnerMatching.Key> keys = PartnerMatching.NAME_AND_POSTCODE_OR_EMAIL.keys(draft);
        return store.transactions().read(() -> {
            for (Partner partner : store.partners().list(PartnerQuery.all(), LocalDate.now(clock)).stream()
                    .map(PartnerOverview::partner).sorted(Comparator.comparing(Partner::id)).toList()) {
                for (PartnerMatching.Key theirs : PartnerMatching.NAME_AND_POSTCODE_OR_EMAIL.keys(partner)) {
                    for (PartnerMatching.Key key : keys) {
                        if (key.value().equals(theirs.value())) {
                            return Optional.of(Match.existing(partner.id(), partner.name(), key.reason()));
                        }
                    }
                }
            }
            return Optional.<Match>empty();
        });
    }

    private ImportPlanner planner() {
        List<Partner> existing = store.partners().list(PartnerQuery.all(), LocalDate.now(clock)).stream()
                .map(PartnerOverview::partner).toList();
        return new ImportPlanner(existing, id -> store.contactPersons().forPartner(id));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Carries out the rows of one run, remembering what each created or filled in. */
    private final class Execution {

        private final Map<Integer, Long> partnerOfRow = new HashMap<>();
        private final Map<Integer, Long> personOfRow = new HashMap<>();
        private final Touched<Partner> touchedPartners = new Touched<>(ImportedEntity.PARTNER, Partner::id,
                Partner::version);
        private final Touched<ContactPerson> touchedPersons = new Touched<>(ImportedEntity.CONTACT_PERSON,
                ContactPerson::id, ContactPerson::version);

        void apply(PlannedRow row) {
            long partnerId;
            if (row.action() == RowAction.CREATE) {
                partnerId = touchedPartners.created(partners.create(row.partner()));
            } else {
                Match match = row.partnerMatch();
                partnerId = match.isExisting() ? match.id() : partnerOfRow.get(match.row());
                touchedPartners.fill(partnerId, FieldFill.fill(partners.get(partnerId), row.partner()),
                        partners::update);
            }
            partnerOfRow.put(row.row(), partnerId);
            if (row.person() == null) {
                return;
            }
            Match match = row.personMatch();
            long personId;
            if (match == null) {
                personId = touchedPersons.created(persons.add(row.person().withPartnerId(partnerId)));
            } else {
                personId = match.isExisting() ? match.id() : personOfRow.get(match.row());
                touchedPersons.fill(personId, FieldFill.fill(persons.get(personId), row.person()), persons::update);
            }
            personOfRow.put(row.row(), personId);
        }

        /** What was created and filled in, each with its version now, for the record. */
        List<ImportItem> items() {
            List<ImportItem> items = new ArrayList<>();
            touchedPartners.addItems(items);
            touchedPersons.addItems(items);
            return items;
        }
    }

    /**
     * What a run did to the records of one kind: which it created, which fields it filled in on
     * records it did not create, and the version each has now (as the services returned it, no
     * read-back needed).
     */
    private static final class Touched<T> {

        private final ImportedEntity entity;
        private final ToLongFunction<T> id;
        private final ToIntFunction<T> version;
        private final Set<Long> created = new LinkedHashSet<>();
        private final Map<Long, Set<String>> filled = new LinkedHashMap<>();
        private final Map<Long, Integer> versions = new HashMap<>();

        Touched(ImportedEntity entity, ToLongFunction<T> id, ToIntFunction<T> version) {
            this.entity = entity;
            this.id = id;
            this.version = version;
        }

        /** Remembers a record the run created, as the service returned it; its id. */
        long created(T record) {
            long recordId = id.applyAsLong(record);
            created.add(recordId);
            versions.put(recordId, version.applyAsInt(record));
            return recordId;
        }

        /**
         * Stores the record with its empty fields filled in, when the row filled any; which
         * fields is remembered only for a record the run did not create (undoing deletes that one).
         */
        void fill(long recordId, FieldFill.Filled<T> fill, UnaryOperator<T> update) {
            if (fill.fields().isEmpty()) {
                return;
            }
            versions.put(recordId, version.applyAsInt(update.apply(fill.record())));
            if (!created.contains(recordId)) {
                filled.computeIfAbsent(recordId, k -> new LinkedHashSet<>()).addAll(fill.fields());
            }
        }

        /** The created records, then the filled ones, as items of the import's record. */
        void addItems(List<ImportItem> items) {
            for (long recordId : created) {
                items.add(ImportItem.created(entity, recordId, versions.get(recordId)));
            }
            filled.forEach((recordId, fields) -> items.add(
                    ImportItem.filled(entity, recordId, List.copyOf(fields), versions.get(recordId))));
        }
    }
}
