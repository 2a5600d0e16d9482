package nl.verbinder.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import nl.verbinder.store.ChangeFeed;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The practice server's changes, as other workstations make them: one connection of its own
 * that LISTENs on {@code verbinder_change} (the notices of V9's triggers, sent when a writing
 * transaction commits) and a thread that waits for them on that connection's socket; no query
 * is repeated to look for changes. The thread starts with the first listener. When the connection
 * drops, the listeners hear so, and it is made again (after 1, 2, 4 ... at most 15 seconds);
 * once back, they hear that every kind may have changed, since notices sent meanwhile are lost.
 * A workstation's own notices carry its id and are left out. Notices about partners name the
 * partners' ids (V16), so a list can reload only those rows.
 */
final class PostgresChangeFeed implements ChangeFeed, AutoCloseable {

    static final String CHANNEL = "verbinder_change";
    /** Every kind of record a notice can name (the trigger arguments of V9). */
    static final Set<String> KINDS = Set.of("partner", "contact_person", "contact_moment", "shared_goal",
            "environment_note", "practice_profile", "therapist", "setting", "attention_snooze", "trash_item",
            "import_record", "practice_network");
    private static final System.Logger LOG = System.getLogger(PostgresChangeFeed.class.getName());
    /** How long one wait for notices lasts before the thread looks whether it should stop. */
    private static final int WAIT_MILLIS = 500;
    /** After this long without a notice, the connection is checked (a server that vanished sends no error). */
    private static final long CHECK_AFTER_MILLIS = 10_000;
    private static final long MAX_BACKOFF_MILLIS = 15_000;

    private final DataSource dataSource;
    private final String workstation;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private Thread thread;
    private volatile Boolean up;
    private volatile boolean closed;

    PostgresChangeFeed(DataSource dataSource, String workstation) {
        this.dataSource = dataSource;
        this.workstation = workstation;
    }

    @Override
    public boolean live() {
        return true;
    }

    @Override
    public Subscription subscribe(Listener listener) {
        listeners.add(listener);
        synchronized (lock) {
            if (thread == null && !closed) {
                thread = Thread.ofPlatform().daemon().name("verbinder-live-updates").start(this::run);
            }
        }
        Boolean now = up;
        if (now != null) {
            listener.connected(now);
        }
        return () -> listeners.remove(listener);
    }

    private void run() {
        long backoff = 1_000;
        boolean missed = false;
        while (!closed) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("SET application_name = 'Verbinder live updates'");
                    s.execute("LISTEN " + CHANNEL);
                }
                backoff = 1_000;
                connected(true);
                if (missed) {
                    tell(KINDS, Map.of());
                    missed = false;
                }
                listen(c);
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    break;
                }
                LOG.log(System.Logger.Level.INFO, "Live updates lost their connection to the server; connecting again");
                missed = true;
                connected(false);
                pause(backoff);
                backoff = Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
            }
        }
    }

    /** Waits for notices on the connection until the feed closes or the connection fails. */
    private void listen(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long quietSince = System.nanoTime();
        while (!closed) {
            PGNotification[] notices = pg.getNotifications(WAIT_MILLIS);
            if (notices != null && notices.length > 0) {
                quietSince = System.nanoTime();
                Set<String> kinds = new LinkedHashSet<>();
                Map<String, Set<Long>> rows = new HashMap<>();
                Set<String> anywhere = new HashSet<>();
                for (PGNotification notice : notices) {
                    // '<kind> <workstation>' or '<kind> <workstation> <id>,<id>...' (V9, V16)
                    String[] parts = notice.getParameter().split(" ", 3);
                    String kind = parts[0];
                    String from = parts.length > 1 ? parts[1] : "";
                    if (from.equals(workstation)) {
                        continue;
                    }
                    kinds.add(kind);
                    Set<Long> ids = parts.length > 2 ? ids(parts[2]) : null;
                    if (ids == null) {
                        anywhere.add(kind);
                    } else {
                        rows.computeIfAbsent(kind, k -> new LinkedHashSet<>()).addAll(ids);
                    }
                }
                rows.keySet().removeAll(anywhere);
                if (!kinds.isEmpty()) {
                    tell(kinds, rows);
                }
            } else if ((System.nanoTime() - quietSince) / 1_000_000 > CHECK_AFTER_MILLIS) {
                if (!c.isValid(5)) {
                    throw new SQLException("The live-update connection is no longer valid", "08006");
                }
                quietSince = System.nanoTime();
            }
        }
    }

    /** The ids of a notice, or {@code null} when the text is not a list of ids (a newer workstation's). */
    private static Set<Long> ids(String text) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String id : text.split(",")) {
            try {
                ids.add(Long.parseLong(id.strip()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return ids;
    }

    private void tell(Set<String> kinds, Map<String, Set<Long>> rows) {
        Set<String> told = Set.copyOf(kinds);
        Map<String, Set<Long>> toldRows = new HashMap<>();
        rows.forEach((kind, ids) -> toldRows.put(kind, Set.copyOf(ids)));
        for (Listener listener : listeners) {
            try {
                listener.changed(told, Map.copyOf(toldRows));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "A live-update listener failed", e);
            }
        }
    }

    private void connected(boolean now) {
        Boolean before = up;
        up = now;
        if (before == null || before != now) {
            for (Listener listener : listeners) {
                try {
                    listener.connected(now);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "A live-update listener failed", e);
                }
            }
        }
    }

    private void pause(long millis) {
        synchronized (lock) {
            long until = System.currentTimeMillis() + millis;
            long left = millis;
            while (!closed && left > 0) {
                try {
                    lock.wait(left);
                } catch (InterruptedException e) {
                    closed = true; // the thread is asked to end
                    return;
                }
                left = until - System.currentTimeMillis();
            }
        }
    }

    /** Stops listening and waits (briefly) for the thread to let its connection go. */
    @Override
    public void close() {
        Thread running;
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
            running = thread;
        }
        listeners.clear();
        if (running != null && running != Thread.currentThread()) {
            try {
                running.join(2 * WAIT_MILLIS + 1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
