package nl.verbinder.store.jdbc;

import java.sql.Connection;
import nl.verbinder.store.Transactions;

/**
 * A database the shared repositories run their SQL on: transactions, and the connection of the
 * transaction running on this thread.
 */
public interface Database extends Transactions {

    /** The connection of the transaction running on this thread; fails outside a transaction. */
    Connection connection();

    /** The few statements that differ between the databases. */
    Dialect dialect();

    /** Who makes the changes from now on (the therapist at the workstation), for the change history; null when unknown. */
    void actAs(Long therapistId);

    /** Who makes the changes, as {@link #actAs} said; null when unknown. */
    Long actor();
}
