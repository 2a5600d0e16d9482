package nl.verbinder.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.verbinder.domain.history.Change;
import nl.verbinder.domain.history.ChangeAction;
import nl.verbinder.domain.history.ChangeQuery;
import nl.verbinder.domain.history.FieldChange;
import nl.verbinder.domain.history.RecordKind;
import nl.verbinder.store.HistoryRepository;
import nl.verbinder.store.jdbc.Sql;


/**
 * Reads the change history that the triggers of V5 write. A list is one query: the changes
 * (limited, newest first) joined with their fields.
 */
public final class JdbcHistoryRepository implements HistoryRepository {

    /** The columns of a change, its partner's name (now, or as last recorded), and its fields. */
    private static final String SELECT = """
            SELECT c.id, c.changed_at, c.actor_id, c.actor, c.change_set, c.action, c.record_kind, c.record_id,
                   c.label, c.partner_id,
                   coalesce(p.name, (SELECT h.label FROM history_change h
                                     WHERE h.record_kind = 'partner' AND h.record_id = c.partner_id
                                     ORDER BY h.id DESC LIMIT 1)) AS partner_name,
                   f.field, f.old_value, f.new_value
            FROM (%s) c
            LEFT JOIN partner p ON p.id = c.partner_id
            LEFT JOIN history_field f ON f.change_id = c.id
            ORDER BY c.changed_at DESC, c.id DESC, f.field
            """;

    private final Database database;
    private final Clock clock;

    public JdbcHistoryRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public void actAs(Long therapistId) {
        database.actAs(therapistId);
    }

    @Override
    public Optional<Long> actor() {
        return Optional.ofNullable(database.actor());
    }

    @Override
    public List<Change> forPartner(long partnerId, Instant since, int limit) {
        String inner = "SELECT * FROM history_change WHERE partner_id = ?"
                + (since == null ? "" : " AND changed_at >= ?") + " ORDER BY changed_at DESC, id DESC LIMIT ?";
        return since == null ? read(SELECT.formatted(inner), partnerId, limit)
                : read(SELECT.formatted(inner), partnerId, Sql.text(since), limit);
    }

    @Override
    public List<Change> forRecord(RecordKind kind, long recordId, int limit) {
        String inner = """
                SELECT * FROM history_change
                WHERE record_kind = ? AND record_id = ?
                ORDER BY changed_at DESC, id DESC LIMIT ?""";
        return read(SELECT.formatted(inner), kind.code(), recordId, limit);
    }

    @Override
    public List<Change> changes(ChangeQuery query) {
        List<Object> params = new ArrayList<>();
        Filters filters = new Filters(params).and("action <> 'start'");
        if (query.from() != null) {
            filters.and("changed_at >= ?", Sql.text(query.from()));
        }
        if (query.until() != null) {
            filters.and("changed_at < ?", Sql.text(query.until()));
        }
        if (query.byTherapist() != null) {
            filters.and("actor_id = ?", query.byTherapist());
        } else if (query.byUnknown()) {
            filters.and("actor_id IS NULL");
        }
        if (query.kind() != null) {
            filters.and("record_kind = ?", query.kind().code());
        }
        params.add(query.limit());
        String inner = "SELECT * FROM history_change WHERE " + filters.sql()
                + " ORDER BY changed_at DESC, id DESC LIMIT ?";
        return read(SELECT.formatted(inner), params.toArray());
    }

    @Override
    public Optional<Instant> startedAt() {
        return Sql.one(database.connection(), "SELECT min(changed_at) FROM history_change", r -> r.getString(1))
                .map(Instant::parse);
    }

    @Override
    public void forgetPerson(long personId, Long partnerId) {
        var c = database.connection();
        Sql.update(c, """
                DELETE FROM history_field WHERE change_id IN (
                    SELECT id FROM history_change WHERE record_kind = 'contact-person' AND record_id = ?)
                """, personId);
        Sql.update(c, "UPDATE history_change SET label = NULL WHERE record_kind = 'contact-person' AND record_id = ?",
                personId);
        // A moment's participant: the link keeps that someone took part, not who.
        Sql.update(c, """
                DELETE FROM history_field WHERE field = 'contact_person_id' AND (old_value = ? OR new_value = ?)
                """, String.valueOf(personId), String.valueOf(personId));
        Sql.update(c, """
                INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id,
                                            partner_id)
                SELECT coalesce(x.changed_at, ?), x.actor_id, x.actor, x.change_set, 'erase', 'contact-person', ?, ?
                FROM (%s) x
                """.formatted(database.dialect().historyContext()), Sql.text(clock.instant()), personId, partnerId);
    }

    @Override
    public void forgetPartner(long partnerId) {
        var c = database.connection();
        Sql.update(c, "DELETE FROM history_field WHERE change_id IN (SELECT id FROM history_change WHERE partner_id = ?)",
                partnerId);
        Sql.update(c, "UPDATE history_change SET label = NULL WHERE partner_id = ?", partnerId);
    }

    @Override
    public Optional<String> lastLabel(RecordKind kind, long recordId) {
        return Sql.one(database.connection(), """
                SELECT label FROM history_change WHERE record_kind = ? AND record_id = ? AND label IS NOT NULL
                ORDER BY id DESC LIMIT 1
                """, r -> r.getString(1), kind.code(), recordId);
    }

    @Override
    public Map<Long, String> valuesAsOf(RecordKind kind, String field, Instant at) {
        Map<Long, String> values = new HashMap<>();
        Sql.list(database.connection(), """
                SELECT c.record_id, f.old_value
                FROM history_change c JOIN history_field f ON f.change_id = c.id AND f.field = ?1
                WHERE c.record_kind = ?2 AND c.action = 'update' AND c.changed_at > ?3
                  AND c.id = (SELECT min(c2.id) FROM history_change c2
                              JOIN history_field f2 ON f2.change_id = c2.id AND f2.field = ?1
                              WHERE c2.record_kind = c.record_kind AND c2.record_id = c.record_id
                                AND c2.action = 'update' AND c2.changed_at > ?3)
                """, r -> values.put(r.getLong(1), r.getString(2)), field, kind.code(), Sql.text(at));
        return values;
    }

    @Override
    public Set<Long> createdAfter(RecordKind kind, Instant at) {
        return new HashSet<>(Sql.list(database.connection(), """
                SELECT record_id FROM history_change WHERE record_kind = ? AND action = 'insert' AND changed_at > ?
                """, r -> r.getLong(1), kind.code(), Sql.text(at)));
    }

    @Override
    public long[] size() {
        var c = database.connection();
        long changes = Sql.one(c, "SELECT count(*) FROM history_change", r -> r.getLong(1)).orElse(0L);
        long fields = Sql.one(c, "SELECT count(*) FROM history_field", r -> r.getLong(1)).orElse(0L);
        return new long[] {changes, fields};
    }

    /** The tables whose fields an undo may write back, by record kind. */
    private static final Map<RecordKind, String> TABLES = Map.of(
            RecordKind.PARTNER, "partner",
            RecordKind.CONTACT_PERSON, "contact_person",
            RecordKind.CONTACT_MOMENT, "contact_moment",
            RecordKind.GOAL, "shared_goal",
            RecordKind.NOTE, "environment_note",
            RecordKind.THERAPIST, "therapist",
            RecordKind.PRACTICE, "practice_profile");

    @Override
    public Optional<Change> lastOwnEdit(Long actorId, Instant since, long afterId, Set<RecordKind> kinds) {
        String list = kinds.stream().map(k -> "'" + k.code() + "'").collect(Collectors.joining(", "));
        String inner = """
                SELECT * FROM history_change c
                WHERE c.changed_at >= ? AND c.id > ? AND c.action = 'update' AND coalesce(c.actor_id, -1) = ?
                  AND c.record_kind IN (%s)
                  AND NOT EXISTS (SELECT 1 FROM history_change o
                                   WHERE o.change_set = c.change_set AND o.id <> c.id)
                  AND NOT EXISTS (SELECT 1 FROM history_field f WHERE f.change_id = c.id AND f.field = 'deleted_at')
                ORDER BY c.id DESC LIMIT 1""".formatted(list);
        return read(SELECT.formatted(inner), Sql.text(since), afterId, actorId == null ? -1L : actorId).stream()
                .findFirst();
    }

    @Override
    public Optional<Long> lastChangeId(RecordKind kind, long recordId) {
        return Sql.one(database.connection(), """
                SELECT id FROM history_change WHERE record_kind = ? AND record_id = ? ORDER BY id DESC LIMIT 1
                """, r -> r.getLong(1), kind.code(), recordId);
    }

    @Override
    public boolean restoreFields(RecordKind kind, long recordId, Map<String, String> values, Instant now) {
        String table = TABLES.get(kind);
        if (table == null || values.isEmpty()) {
            return false;
        }
        List<String> fields = new ArrayList<>(values.keySet());
        for (String field : fields) {
            if (!field.matches("[a-z_]+")) {
                throw new IllegalArgumentException("not a column: " + field);
            }
        }
        var c = database.connection();
        // Each value goes back in its column's type (the history keeps text; the server's columns are typed).
        int[] types = new int[fields.size()];
        try (var statement = c.prepareStatement("SELECT " + String.join(", ", fields) + " FROM " + table
                + " WHERE 1 = 0"); var rows = statement.executeQuery()) {
            for (int i = 0; i < fields.size(); i++) {
                types[i] = rows.getMetaData().getColumnType(i + 1);
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
        List<Object> params = new ArrayList<>();
        StringBuilder set = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            String value = values.get(fields.get(i));
            set.append(fields.get(i)).append(" = ?, ");
            params.add(value == null ? null : switch (types[i]) {
                case Types.INTEGER, Types.BIGINT, Types.SMALLINT -> Long.valueOf(value);
                default -> value;
            });
        }
        params.add(now);
        params.add(recordId);
        return Sql.update(c, "UPDATE " + table + " SET " + set + "version = version + 1, updated_at = ? WHERE id = ?",
                params.toArray()) == 1;
    }

    private List<Change> read(String sql, Object... params) {
        Map<Long, Builder> byId = new LinkedHashMap<>();
        Sql.list(database.connection(), sql, row -> {
            long id = row.getLong("id");
            Builder b = byId.get(id);
            if (b == null) {
                b = new Builder(row);
                byId.put(id, b);
            }
            String field = row.getString("field");
            if (field != null) {
                b.fields.add(new FieldChange(field, row.getString("old_value"), row.getString("new_value")));
            }
            return null;
        }, params);
        return byId.values().stream().map(Builder::build).toList();
    }

    private static final class Builder {
        private final long id;
        private final Instant changedAt;
        private final Long actorId;
        private final String actor;
        private final String changeSet;
        private final ChangeAction action;
        private final RecordKind kind;
        private final long recordId;
        private final String label;
        private final Long partnerId;
        private final String partnerName;
        private final List<FieldChange> fields = new ArrayList<>();

        Builder(ResultSet row) throws SQLException {
            id = row.getLong("id");
            changedAt = Sql.instant(row, "changed_at");
            actorId = Sql.nullableLong(row, "actor_id");
            actor = row.getString("actor");
            changeSet = row.getString("change_set");
            action = Sql.coded(row, "action", ChangeAction.class);
            String kindCode = row.getString("record_kind");
            kind = nl.verbinder.domain.Coded.byCode(RecordKind.class, kindCode);
            recordId = row.getLong("record_id");
            label = row.getString("label");
            partnerId = Sql.nullableLong(row, "partner_id");
            partnerName = row.getString("partner_name");
        }

        Change build() {
            return new Change(id, changedAt, actorId, actor, changeSet, action, kind, recordId, label, partnerId,
                    partnerName, fields);
        }
    }
}
