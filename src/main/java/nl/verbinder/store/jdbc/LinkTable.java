package nl.verbinder.store.jdbc;

import java.sql.Connection;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A link table (a note's partners, a moment's contact persons, ...) that several repositories treat
 * alike: written with the record that holds the links, written anew when that record is saved, read
 * for many records at once, and moved from one linked record to another in a merge.
 *
 * @param owner        the table of the records that hold the links ({@code environment_note})
 * @param table        the link table ({@code environment_note_partner})
 * @param ownerColumn  the link table's column that names the owner ({@code note_id})
 * @param linkedColumn the link table's column that names the linked record ({@code partner_id})
 */
record LinkTable(String owner, String table, String ownerColumn, String linkedColumn) {

    /** Links the owner to each of the linked ids. */
    void insert(Connection c, long ownerId, Collection<Long> linkedIds) {
        Sql.batch(c, "INSERT INTO %s (%s, %s) VALUES (?, ?)".formatted(table, ownerColumn, linkedColumn),
                linkedIds.stream().map(id -> new Object[] {ownerId, id}).toList());
    }

    /** Replaces the owner's links with links to the given ids (after an edit of the owner). */
    void replace(Connection c, long ownerId, Collection<Long> linkedIds) {
        Sql.update(c, "DELETE FROM %s WHERE %s = ?".formatted(table, ownerColumn), ownerId);
        insert(c, ownerId, linkedIds);
    }

    /**
     * For a merge: moves the links from one linked record to another, leaving out a link the
     * other already has, and counts each record that had a link to move as changed (a new
     * version, for the other workstations and the history).
     *
     * @return how many owner records changed
     */
    int move(Connection c, long from, long to, Instant now) {
        int changed = Sql.update(c, """
                UPDATE %1$s SET updated_at = ?, version = version + 1
                WHERE id IN (SELECT %3$s FROM %2$s WHERE %4$s = ?)
                """.formatted(owner, table, ownerColumn, linkedColumn), now, from);
        Sql.update(c, """
                INSERT INTO %1$s (%2$s, %3$s)
                SELECT %2$s, ? FROM %1$s WHERE %3$s = ?
                ON CONFLICT DO NOTHING
                """.formatted(table, ownerColumn, linkedColumn), to, from);
        Sql.update(c, "DELETE FROM %s WHERE %s = ?".formatted(table, linkedColumn), from);
        return changed;
    }

    /** The linked ids of each of the owners, read with one query for all of them (owners without links are left out). */
    Map<Long, Set<Long>> linked(Connection c, List<Long> ownerIds) {
        Map<Long, Set<Long>> linked = new HashMap<>();
        Sql.list(c, "SELECT %s, %s FROM %s WHERE %s IN (%s)".formatted(ownerColumn, linkedColumn, table,
                ownerColumn, Sql.placeholders(ownerIds.size())), row -> {
                    linked.computeIfAbsent(row.getLong(1), k -> new HashSet<>()).add(row.getLong(2));
                    return null;
                }, ownerIds.toArray());
        return linked;
    }
}
