package nl.verbinder.testutil;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL server for the tests: one per test JVM, started on first use from the
 * PostgreSQL binaries on the machine (Debian's {@code postgresql} package), in a temp folder, on a
 * free loopback port, with trust authentication on loopback only and {@code fsync=off}; stopped
 * and removed when the JVM exits. {@code initdb} refuses to run as root, so as root it runs as the
 * {@code postgres} user. Each test (class) gets a fresh, empty database of its own.
 *
 * <p>Without PostgreSQL binaries the tests that need a server are skipped with a message, except
 * under {@code CI=true}, where they fail: CI must test the practice server.
 *
 * <p>{@code VERBINDER_TEST_PG_ROOT} names the folder the cluster is made in (CI removes it, and
 * stops a server left in it, when it ends).
 */
public final class PostgresServer {

    private static final String SUPERUSER = "postgres";
    /** A role that must give {@link #PASSWORD} (scram-sha-256), for tests of a wrong password. */
    public static final String PASSWORD_ROLE = "verbinder_secret";
    public static final String PASSWORD = "juist-wachtwoord";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresServer running;
    private String migratedTemplate;
    private static String unavailable;

    private final Path folder;
    private final Path bin;
    private final int port;
    private final boolean asPostgresUser;
    private boolean removed;
    private boolean halted;

    private PostgresServer(Path folder, Path bin, int port, boolean asPostgresUser) {
        this.folder = folder;
        this.bin = bin;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /**
     * The server, started on first use; skips the calling test (fails it under {@code CI=true})
     * when no server can be had.
     */
    public static synchronized PostgresServer get() {
        if (running == null && unavailable == null) {
            try {
                running = start();
            } catch (IOException | RuntimeException e) {
                unavailable = e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                unavailable = "interrupted while starting PostgreSQL";
            }
        }
        if (running == null) {
            String message = "No PostgreSQL server for the practice-server tests: " + unavailable
                    + ". Install Debian's postgresql package (apt-get install postgresql postgresql-contrib).";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
        return running;
    }

    /** A new, empty database on the server, owned by the superuser; its JDBC URL (no password needed). */
    public String freshDatabase() {
        return createDatabase("template0");
    }

    /**
     * A new database already at the latest schema: a copy of one migrated once per JVM (copying a
     * template takes milliseconds, migrating a second), so each test can have its own.
     */
    public synchronized String freshVerbinderDatabase() {
        if (migratedTemplate == null) {
            String url = createDatabase("template0");
            org.postgresql.ds.PGSimpleDataSource dataSource = new org.postgresql.ds.PGSimpleDataSource();
            dataSource.setUrl(url);
            nl.verbinder.store.postgres.PostgresMigrations.migrate(dataSource);
            migratedTemplate = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?'));
        }
        return createDatabase(migratedTemplate);
    }

    private String createDatabase(String template) {
        String name = "verbinder_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres")); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " TEMPLATE " + template
                    + " ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database: " + e.getMessage(), e);
        }
        return url(name);
    }

    /** The JDBC URL of a database on this server, as the superuser. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + SUPERUSER + "&sslmode=disable";
    }

    public int port() {
        return port;
    }

    /** The server's data folder (its table files), for tests that read what the server wrote to disk. */
    public Path dataFolder() {
        return folder.resolve("data");
    }

    /** The folder of a PostgreSQL program ({@code pg_dump}, {@code psql}, ...). */
    public Path bin() {
        return bin;
    }

    private static PostgresServer start() throws IOException, InterruptedException {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException("initdb not found in /usr/lib/postgresql/*/bin"));
        boolean root = "root".equals(System.getProperty("user.name"));
        Path base = Optional.ofNullable(System.getenv("VERBINDER_TEST_PG_ROOT")).map(Path::of)
                .orElse(Path.of(System.getProperty("java.io.tmpdir")));
        Files.createDirectories(base);
        Path folder = Files.createTempDirectory(base, "verbinder-pg-");
        int port = freePort();
        PostgresServer server = new PostgresServer(folder, bin, port, root);
        if (root) {
            server.run(List.of("chown", SUPERUSER, folder.toString()), false);
        }
        Path data = folder.resolve("data");
        server.run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER, "-A", "trust",
                "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"), root);
        // One role must give a password, for the tests of a wrong one; every other role is trusted.
        Path hba = data.resolve("pg_hba.conf");
        server.run(List.of("sh", "-c", "printf 'host all " + PASSWORD_ROLE + " 127.0.0.1/32 scram-sha-256\\n' | cat - "
                + hba + " > " + hba + ".new && mv " + hba + ".new " + hba), root);
        server.startCluster();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "verbinder-pg-stop"));
        try (Connection c = DriverManager.getConnection(server.url("postgres")); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + PASSWORD_ROLE + " LOGIN PASSWORD '" + PASSWORD + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the password role: " + e.getMessage(), e);
        }
        return server;
    }

    /** Starts the cluster: loopback only, no Unix socket in a shared folder; for tests speed over durability. */
    private void startCluster() throws IOException, InterruptedException {
        Path data = folder.resolve("data");
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", folder.resolve("log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + folder
                        + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                "start"), asPostgresUser);
    }

    /**
     * A server of the calling test's own, which it may stop and start again (a laptop that loses
     * the practice server); {@link #close()} it at the end. Skips (fails under CI) as {@link #get()}.
     */
    public static PostgresServer own() {
        get();
        try {
            return start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Stops the server (fast shutdown: every connection is cut, as a lost network looks to a
     * client); its own server only.
     */
    public void halt() {
        if (this == running) {
            throw new IllegalStateException("The shared test server is not stopped; use PostgresServer.own()");
        }
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m", "fast",
                    "-w", "stop"), asPostgresUser);
            halted = true;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts a halted server again, on the same port; nothing when it runs. */
    public void resume() {
        if (!halted) {
            return;
        }
        try {
            startCluster();
            halted = false;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops an own server (if it runs) and removes its folder. */
    public void close() {
        stop();
    }

    private synchronized void stop() {
        if (removed) {
            return;
        }
        removed = true;
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m", "immediate",
                    "-w", "stop"), asPostgresUser);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not stop the test PostgreSQL server in " + folder + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not remove " + folder + ": " + e.getMessage());
        }
    }

    private void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command.subList(0, 1)) + " failed: " + output.strip());
        }
    }

    private static Optional<Path> binaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
