package nl.verbinder.store.jdbc;

import java.sql.Connection;
import java.util.Collection;
import java.util.List;

/**
 * The few statements that differ between SQLite and PostgreSQL in the shared repositories.
 * Everything else is the same SQL on both: dates as ISO text, {@code ON CONFLICT DO NOTHING},
 * {@code COLLATE NOCASE}, {@code fold()}, {@code instr()} and {@code group_concat()} (the
 * PostgreSQL schema defines the last ones; see its V1).
 */
public interface Dialect {

    /**
     * The condition that a partner ({@code p.id}) matches what the user typed (every word the
     * start of a word in its name, city, notes, tags or contact persons' names), adding its
     * parameters; null when the text has no word to search for.
     */
    String partnerSearch(String search, List<Object> params);

    /**
     * An aggregate: the values of the expression as text, joined with the separator (an SQL
     * literal), in the order the rows come. SQLite's {@code group_concat}; the server's own
     * {@code string_agg} is faster than the {@code group_concat} its schema defines for the
     * shared SQL (a C function against an SQL function per row).
     */
    default String joined(String expression, String separator) {
        return "group_concat(" + expression + ", " + separator + ")";
    }

    /** The condition that the column is one of the ids, with one parameter however many ids. */
    String idIn(String column, Collection<Long> ids, List<Object> params);

    /**
     * After rows were written with ids of their own (generated data, a copied database): lets
     * the database hand out new ids after the highest one. Inside the running transaction.
     */
    void afterExplicitIds(Connection c);

    /** A foreign key of one column: this table's column refers to the parent table's column. */
    record ForeignKey(String column, String parentTable, String parentColumn) {
    }

    /** The application's tables (not the database's own, not Flyway's), by name. */
    List<String> tables(Connection c);

    /** The table's stored columns, in order. */
    List<String> columns(Connection c, String table);

    /** The table's foreign keys. */
    List<ForeignKey> foreignKeys(Connection c, String table);

    /**
     * A one-row query with the change history's context of the running write transaction:
     * {@code changed_at, actor_id, actor, change_set} (nulls outside the app's transactions).
     */
    String historyContext();

    /**
     * A stored column as the search for a person's data sees it: whether it holds text, and its
     * place in the primary key (0: not part of it).
     */
    record Column(String name, boolean text, int keyPosition) {
    }

    /** The table's stored columns (not generated ones), in order, with their kind and key place. */
    List<Column> describe(Connection c, String table);

    /**
     * The columns that pick out one row for an UPDATE or DELETE: SQLite's {@code rowid} where the
     * table has one, else the primary key.
     */
    List<String> rowKey(Connection c, String table);

    /**
     * The tables that only index others for search and follow them by themselves (SQLite's FTS5
     * tables and their shadow tables, the server's {@code partner_search}): never written directly.
     */
    List<String> searchIndexTables(Connection c);

    /** The condition that the (quoted) column holds a text: on SQLite a column may hold any type. */
    String holdsText(String column);
}
