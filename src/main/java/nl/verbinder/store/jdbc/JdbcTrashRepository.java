package nl.verbinder.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.verbinder.domain.Coded;
import nl.verbinder.domain.TrashItem;
import nl.verbinder.store.TrashRepository;


/**
 * The trash of moments, goals, notes and persons as rows of {@code trash_item}: the record's
 * row and every row that refers to it by a foreign key (its links), as Json.MAPPER. Which tables
 * refer to a record is read from the schema, so a link table added later goes along too.
 * Restoring inserts the rows again; a link whose other side is in the trash itself is handed
 * to that item, and comes back when it does.
 */
public final class JdbcTrashRepository implements TrashRepository {

    /** Made on first use, not when the class loads: Jackson's start costs the window's first frame. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** The table of each kind's record. */
    private static final Map<TrashItem.Kind, String> TABLES = Map.of(
            TrashItem.Kind.CONTACT_MOMENT, "contact_moment",
            TrashItem.Kind.SHARED_GOAL, "shared_goal",
            TrashItem.Kind.ENVIRONMENT_NOTE, "environment_note",
            TrashItem.Kind.CONTACT_PERSON, "contact_person");

    /** A foreign key of a table: its column and the table and column it points at. */
    private record ForeignKey(String column, String parentTable, String parentColumn) {
    }

    private final Database database;

    public JdbcTrashRepository(Database database) {
        this.database = database;
    }

    @Override
    public long moveToTrash(TrashItem.Kind kind, long recordId, String label, Long partnerId, Instant now) {
        Connection c = database.connection();
        String table = TABLES.get(kind);
        ObjectNode content = Json.MAPPER.createObjectNode();
        content.set(table, rows(c, table, "id", recordId));
        for (Map.Entry<String, List<ForeignKey>> referring : referringTables(c, table).entrySet()) {
            ArrayNode linked = Json.MAPPER.createArrayNode();
            for (ForeignKey key : referring.getValue()) {
                linked.addAll(rows(c, referring.getKey(), key.column(), recordId));
            }
            if (!linked.isEmpty()) {
                content.set(referring.getKey(), linked);
            }
        }
        long itemId = Sql.insert(c, """
                INSERT INTO trash_item (kind, record_id, label, partner_id, deleted_at, content)
                VALUES (?, ?, ?, ?, ?, ?)
                """, kind.code(), recordId, label, partnerId, Sql.text(now), write(content));
        // The links go with the record (ON DELETE CASCADE); they are in the item now.
        Sql.update(c, "DELETE FROM \"" + table + "\" WHERE id = ?", recordId);
        return itemId;
    }

    @Override
    public List<TrashItem> list() {
        return Sql.list(database.connection(), """
                SELECT id, kind, record_id, label, partner_id, deleted_at FROM trash_item
                ORDER BY deleted_at DESC, id DESC
                """, JdbcTrashRepository::item);
    }

    @Override
    public Optional<TrashItem> find(long itemId) {
        return Sql.one(database.connection(), """
                SELECT id, kind, record_id, label, partner_id, deleted_at FROM trash_item WHERE id = ?
                """, JdbcTrashRepository::item, itemId);
    }

    @Override
    public Optional<TrashItem> findRecord(TrashItem.Kind kind, long recordId) {
        return Sql.one(database.connection(), """
                SELECT id, kind, record_id, label, partner_id, deleted_at FROM trash_item
                WHERE kind = ? AND record_id = ?
                ORDER BY id DESC LIMIT 1
                """, JdbcTrashRepository::item, kind.code(), recordId);
    }

    @Override
    public long restore(long itemId) {
        Connection c = database.connection();
        TrashItem item = find(itemId).orElseThrow();
        String table = TABLES.get(item.kind());
        ObjectNode content = (ObjectNode) read(Sql.one(c, "SELECT content FROM trash_item WHERE id = ?",
                r -> r.getString(1), itemId).orElseThrow());
        ObjectNode record = (ObjectNode) content.get(table).get(0);
        long id = item.recordId();
        boolean taken = Sql.integer(c, "SELECT CASE WHEN EXISTS (SELECT 1 FROM \"" + table + "\" WHERE id = ?) THEN 1 ELSE 0 END", id) == 1;
        if (taken) {
            record.remove("id");
        }
        // A reference the record itself makes that can be let go (a moment's logger who left) is let go.
        for (ForeignKey key : foreignKeys(c, table)) {
            JsonNode value = record.get(key.column());
            if (value != null && !value.isNull() && !exists(c, key.parentTable(), key.parentColumn(), value)) {
                record.putNull(key.column());
            }
        }
        long inserted = insert(c, table, record);
        long newId = taken ? inserted : id;
        Sql.update(c, "DELETE FROM trash_item WHERE id = ?", itemId);

        for (Iterator<Map.Entry<String, JsonNode>> tables = content.properties().iterator(); tables.hasNext(); ) {
            Map.Entry<String, JsonNode> linked = tables.next();
            if (linked.getKey().equals(table)) {
                continue;
            }
            List<ForeignKey> keys = foreignKeys(c, linked.getKey());
            for (JsonNode row : linked.getValue()) {
                restoreLink(c, linked.getKey(), (ObjectNode) row, keys, table, id, newId);
            }
        }
        return newId;
    }

    /**
     * Puts one link row back: its reference to the restored record gets the record's id; a
     * reference to a record in the trash hands the row to that item; a reference to a record
     * deleted for good drops it.
     */
    private void restoreLink(Connection c, String linkTable, ObjectNode row, List<ForeignKey> keys, String table,
                             long oldId, long newId) {
        for (ForeignKey key : keys) {
            if (key.parentTable().equals(table) && row.path(key.column()).asLong() == oldId) {
                row.put(key.column(), newId);
            }
        }
        for (ForeignKey key : keys) {
            JsonNode value = row.get(key.column());
            if (value == null || value.isNull() || exists(c, key.parentTable(), key.parentColumn(), value)) {
                continue;
            }
            Optional<TrashItem.Kind> kind = TABLES.entrySet().stream()
                    .filter(e -> e.getValue().equals(key.parentTable())).map(Map.Entry::getKey).findFirst();
            Optional<TrashItem> waiting = kind.flatMap(k -> findRecord(k, value.asLong()));
            waiting.ifPresent(other -> handOver(c, other.id(), linkTable, row));
            return;
        }
        List<String> present = columns(c, linkTable).stream().filter(row::has).toList();
        Sql.update(c, insertSql(linkTable, present) + " ON CONFLICT DO NOTHING",
                present.stream().map(name -> value(row.get(name))).toArray());
    }

    private static void handOver(Connection c, long itemId, String linkTable, ObjectNode row) {
        ObjectNode content = (ObjectNode) read(Sql.one(c, "SELECT content FROM trash_item WHERE id = ?",
                r -> r.getString(1), itemId).orElseThrow());
        ArrayNode rows = content.has(linkTable) ? (ArrayNode) content.get(linkTable) : content.putArray(linkTable);
        rows.add(row);
        Sql.update(c, "UPDATE trash_item SET content = ? WHERE id = ?", write(content), itemId);
    }

    @Override
    public void deleteForGood(long itemId) {
        Sql.update(database.connection(), "DELETE FROM trash_item WHERE id = ?", itemId);
    }

    private static TrashItem item(ResultSet row) throws SQLException {
        return new TrashItem(row.getLong("id"), Coded.fromCode(TrashItem.Kind.class, row.getString("kind")),
                row.getLong("record_id"), row.getString("label"), Sql.nullableLong(row, "partner_id"),
                Sql.instant(row, "deleted_at"));
    }

    /** The tables with a foreign key to this table, with those keys. */
    private Map<String, List<ForeignKey>> referringTables(Connection c, String table) {
        Map<String, List<ForeignKey>> referring = new LinkedHashMap<>();
        for (String other : database.dialect().tables(c)) {
            if (other.equals("trash_item")) {
                continue;
            }
            for (ForeignKey key : foreignKeys(c, other)) {
                if (key.parentTable().equals(table)) {
                    referring.computeIfAbsent(other, t -> new ArrayList<>()).add(key);
                }
            }
        }
        return referring;
    }

    private List<ForeignKey> foreignKeys(Connection c, String table) {
        return database.dialect().foreignKeys(c, table).stream()
                .map(k -> new ForeignKey(k.column(), k.parentTable(), k.parentColumn())).toList();
    }

    /** The stored columns of a table (not generated ones), in order. */
    private List<String> columns(Connection c, String table) {
        return database.dialect().columns(c, table);
    }

    private ArrayNode rows(Connection c, String table, String column, long value) {
        List<String> columns = columns(c, table);
        String sql = "SELECT " + String.join(", ", columns.stream().map(n -> "\"" + n + "\"").toList())
                + " FROM \"" + table + "\" WHERE \"" + column + "\" = ?";
        ArrayNode rows = Json.MAPPER.createArrayNode();
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setLong(1, value);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    ObjectNode row = rows.addObject();
                    for (int i = 0; i < columns.size(); i++) {
                        Object cell = result.getObject(i + 1);
                        switch (cell) {
                            case null -> row.putNull(columns.get(i));
                            case Integer n -> row.put(columns.get(i), n.longValue());
                            case Long n -> row.put(columns.get(i), n);
                            case Double d -> row.put(columns.get(i), d);
                            default -> row.put(columns.get(i), cell.toString());
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
        return rows;
    }

    private static boolean exists(Connection c, String table, String column, JsonNode value) {
        return Sql.integer(c, "SELECT CASE WHEN EXISTS (SELECT 1 FROM \"" + table + "\" WHERE \"" + column + "\" = ?) THEN 1 ELSE 0 END",
                value.asLong()) == 1;
    }

    /** Inserts the row's values for the columns the table has today (a later migration may have added or dropped some). */
    private long insert(Connection c, String table, ObjectNode row) {
        List<String> present = columns(c, table).stream().filter(row::has).toList();
        return Sql.insert(c, insertSql(table, present), present.stream().map(name -> value(row.get(name))).toArray());
    }

    private static String insertSql(String table, List<String> columns) {
        return "INSERT INTO \"" + table + "\" (" + String.join(", ", columns.stream().map(n -> "\"" + n + "\"")
                .toList()) + ") VALUES (" + Sql.placeholders(columns.size()) + ")";
    }

    private static Object value(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        return node.asText();
    }

    private static String write(JsonNode content) {
        try {
            return Json.MAPPER.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A trash item could not be written as JSON", e);
        }
    }

    private static JsonNode read(String content) {
        try {
            return Json.MAPPER.readTree(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A trash item could not be read", e);
        }
    }
}
