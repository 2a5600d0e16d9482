package nl.verbinder.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.verbinder.domain.ImportItem;
import nl.verbinder.domain.ImportRecord;
import nl.verbinder.domain.ImportSource;
import nl.verbinder.domain.ImportedEntity;
import nl.verbinder.domain.UndoBlocker;
import nl.verbinder.domain.UndoBlocker.Reason;
import nl.verbinder.store.ImportRecordRepository;

/** Import records in SQLite: {@code import_record} and {@code import_record_item}. */
public final class JdbcImportRecordRepository implements ImportRecordRepository {

    /**
     * Every reason an item can block an undo, each as one SELECT returning entity, id, name and
     * reason. Deleted records never block: their LEFT JOINs find nothing and the JOINs drop them.
     */
    private static final String BLOCKERS = """
            SELECT i.entity, i.entity_id, p.name, 'changed' AS reason
            FROM import_record_item i JOIN partner p ON p.id = i.entity_id
            WHERE i.import_id = ?1 AND i.entity = 'partner' AND p.version <> i.version_after
            UNION ALL
            SELECT i.entity, i.entity_id, c.name, 'changed'
            FROM import_record_item i JOIN contact_person c ON c.id = i.entity_id
            WHERE i.import_id = ?1 AND i.entity = 'contact-person' AND c.version <> i.version_after
            UNION ALL
            SELECT i.entity, i.entity_id, m.summary, 'changed'
            FROM import_record_item i JOIN contact_moment m ON m.id = i.entity_id
            WHERE i.import_id = ?1 AND i.entity = 'contact-moment' AND m.version <> i.version_after
            UNION ALL
            SELECT i.entity, i.entity_id, p.name, 'has-contact-moments'
            FROM import_record_item i JOIN partner p ON p.id = i.entity_id
            WHERE i.import_id = ?1 AND i.entity = 'partner' AND i.action = 'created'
              AND EXISTS (SELECT 1 FROM contact_moment m WHERE m.partner_id = p.id)
            UNION ALL
            SELECT i.entity, i.entity_id, p.name, 'linked-to-goal'
            FROM import_record_item i JOIN partner p ON p.id = i.entity_id
            WHERE i.import_id = ?1 AND i.entity = 'partner' AND i.action = 'created'
              AND EXISTS (SELECT 1 FROM shared_goal_partner g WHERE g.partner_id = p.id)
            UNION ALL
            SELECT i.entity, i.entity_id, p.name, 'linked-to-note'
            FROM import_record_item i JOIN partner p ON p.id = i.entity_id
            WHERE i.import_id = ?1 AND i.entity = 'partner' AND i.action = 'created'
              AND EXISTS (SELECT 1 FROM environment_note_partner n WHERE n.partner_id = p.id)
            UNION ALL
            SELECT i.entity, i.entity_id, p.name, 'has-other-contact-persons'
            FROM import_record_item i JOIN partner p ON p.id = i.entity_id
            WHERE i.import_id = ?1 AND i.entity = 'partner' AND i.action = 'created'
              AND EXISTS (SELECT 1 FROM contact_person c WHERE c.partner_id = p.id
                          AND NOT EXISTS (SELECT 1 FROM import_record_item o WHERE o.import_id = ?1
                                          AND o.entity = 'contact-person' AND o.entity_id = c.id
                                          AND o.action = 'created'))
            UNION ALL
            SELECT i.entity, i.entity_id, c.name, 'in-contact-moments'
            FROM import_record_item i JOIN contact_person c ON c.id = i.entity_id
            WHERE i.import_id = ?1 AND i.entity = 'contact-person' AND i.action = 'created'
              AND EXISTS (SELECT 1 FROM contact_moment_person l WHERE l.contact_person_id = c.id)
            ORDER BY 1 DESC, 2
            """;

    private final Database database;

    public JdbcImportRecordRepository(Database database) {
        this.database = database;
    }

    @Override
    public long insert(ImportRecord r) {
        Connection c = database.connection();
        long id = Sql.insert(c, """
                INSERT INTO import_record (source, file_name, imported_at, row_count, skipped_rows, undone_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """, r.source(), r.fileName(), r.importedAt(), r.rowCount(), r.skippedRows(), r.undoneAt());
        Sql.batch(c, """
                INSERT INTO import_record_item (import_id, entity, entity_id, action, filled_fields, version_after)
                VALUES (?, ?, ?, ?, ?, ?)
                """, r.items().stream().map(i -> new Object[] {id, i.entity(), i.entityId(), i.action(),
                i.action() == ImportItem.Action.FILLED ? String.join(",", i.filledFields()) : null,
                i.versionAfter()}).toList());
        return id;
    }

    @Override
    public Optional<ImportRecord> find(long id) {
        return withItems(Sql.list(database.connection(), "SELECT * FROM import_record WHERE id = ?",
                JdbcImportRecordRepository::record, id)).stream().findFirst();
    }

    @Override
    public Optional<ImportRecord> lastNotUndone() {
        return withItems(Sql.list(database.connection(),
                "SELECT * FROM import_record WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1",
                JdbcImportRecordRepository::record)).stream().findFirst();
    }

    @Override
    public List<ImportRecord> all() {
        return withItems(Sql.list(database.connection(), "SELECT * FROM import_record ORDER BY id DESC",
                JdbcImportRecordRepository::record));
    }

    @Override
    public List<UndoBlocker> undoBlockers(long importId) {
        return Sql.list(database.connection(), BLOCKERS, row -> new UndoBlocker(
                Sql.coded(row, "entity", ImportedEntity.class), row.getLong("entity_id"), row.getString("name"),
                Sql.coded(row, "reason", Reason.class)), importId);
    }

    @Override
    public void markUndone(long id, Instant now) {
        Sql.update(database.connection(), "UPDATE import_record SET undone_at = ? WHERE id = ?", now, id);
    }

    private List<ImportRecord> withItems(List<ImportRecord> records) {
        if (records.isEmpty()) {
            return records;
        }
        Map<Long, List<ImportItem>> items = new HashMap<>();
        List<Long> ids = records.stream().map(ImportRecord::id).toList();
        Sql.list(database.connection(), "SELECT * FROM import_record_item WHERE import_id IN ("
                + Sql.placeholders(ids.size()) + ") ORDER BY import_id, entity DESC, entity_id", row -> {
                    items.computeIfAbsent(row.getLong("import_id"), k -> new ArrayList<>()).add(item(row));
                    return null;
                }, ids.toArray());
        return records.stream().map(r -> new ImportRecord(r.id(), r.source(), r.fileName(), r.importedAt(),
                r.rowCount(), r.skippedRows(), r.undoneAt(), items.getOrDefault(r.id(), List.of()))).toList();
    }

    private static ImportRecord record(ResultSet row) throws SQLException {
        return new ImportRecord(row.getLong("id"), Sql.coded(row, "source", ImportSource.class),
                row.getString("file_name"), Sql.instant(row, "imported_at"), row.getInt("row_count"),
                row.getInt("skipped_rows"), Sql.instant(row, "undone_at"), List.of());
    }

    private static ImportItem item(ResultSet row) throws SQLException {
        String fields = row.getString("filled_fields");
        return new ImportItem(Sql.coded(row, "entity", ImportedEntity.class), row.getLong("entity_id"),
                Sql.coded(row, "action", ImportItem.Action.class),
                fields == null || fields.isEmpty() ? List.of() : Arrays.asList(fields.split(",")),
                row.getInt("version_after"));
    }
}
