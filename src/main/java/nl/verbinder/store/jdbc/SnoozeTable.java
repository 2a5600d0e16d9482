package nl.verbinder.store.jdbc;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.verbinder.domain.Coded;

/**
 * A table of snoozes: the attention list's ({@code attention_snooze}, one per partner) and the
 * networks' ({@code network_snooze}, one per network) have the same columns: until when, a note,
 * the reasons it was snoozed for (their codes, comma-separated) and the day it was snoozed.
 *
 * @param table     the table ({@code attention_snooze})
 * @param keyColumn the column that names what is snoozed ({@code partner_id})
 */
record SnoozeTable(String table, String keyColumn) {

    /** Snoozes what the key names, in place of the snooze it had. */
    void save(Connection c, long key, LocalDate until, String note, Set<? extends Coded> reasons, LocalDate snoozedOn,
            Instant now) {
        String codes = String.join(",", reasons.stream().map(Coded::code).sorted().toList());
        Sql.update(c, """
                INSERT INTO %1$s (%2$s, until, note, reason_codes, snoozed_on, created_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (%2$s) DO UPDATE SET until = excluded.until, note = excluded.note,
                    reason_codes = excluded.reason_codes, snoozed_on = excluded.snoozed_on,
                    created_at = excluded.created_at
                """.formatted(table, keyColumn), key, until, note, codes, snoozedOn, now);
    }

    /** Ends the snooze of what the key names; false when it had none. */
    boolean delete(Connection c, long key) {
        return Sql.update(c, "DELETE FROM %s WHERE %s = ?".formatted(table, keyColumn), key) == 1;
    }

    /** The reasons in a stored list of codes; a code this version does not know is left out. */
    static <E extends Enum<E> & Coded> Set<E> reasons(String codes, Class<E> type) {
        Set<E> reasons = EnumSet.noneOf(type);
        if (codes != null) {
            for (String code : codes.split(",")) {
                E reason = Coded.byCode(type, code.strip());
                if (reason != null) {
                    reasons.add(reason);
                }
            }
        }
        return reasons;
    }
}
