package nl.verbinder.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.testutil.PostgresServer;
import org.junit.jupiter.api.Test;

/**
 * Every table of records on the server tells the other workstations when it changes (V9's
 * NOTIFY triggers): a table added by a later migration without its trigger would leave the other
 * windows showing old data. Only the history, its context, the search index and Flyway's own
 * table change without one (they change together with a table that has one).
 */
class LiveTriggersTest {

    @Test
    void everyTableOfRecordsHasANotifyTrigger() throws Exception {
        List<String> without = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(PostgresServer.get().freshVerbinderDatabase());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("""
                     SELECT t.tablename FROM pg_tables t
                     WHERE t.schemaname = current_schema()
                       AND t.tablename NOT LIKE 'history\\_%' AND t.tablename NOT IN ('partner_search', 'flyway_schema_history')
                       AND NOT EXISTS (SELECT 1 FROM pg_trigger g JOIN pg_class k ON k.oid = g.tgrelid
                                       WHERE k.relname = t.tablename AND g.tgname LIKE '%\\_notify')
                     ORDER BY t.tablename
                     """)) {
            while (r.next()) {
                without.add(r.getString(1));
            }
        }
        assertThat(without).as("tables whose changes other workstations would not hear of").isEmpty();
    }
}
