package nl.verbinder.store.postgres;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import nl.verbinder.store.StoreException;

/**
 * Where the practice server is: {@code postgresql://host:5432/verbinder?user=anna}, as the user
 * types it for {@code --db} or {@code VERBINDER_DB}. No password in it: the password comes from a
 * file readable by the user only, or is asked. A server on another machine is reached over TLS
 * ({@code sslmode=require}) unless {@code sslmode=disable} is written explicitly; on this machine
 * (localhost) TLS is not asked for.
 */
public record ServerAddress(String host, int port, String database, String user, String sslMode) {

    public static final String SCHEME = "postgresql://";
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");
    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    /** True when the text is a server address rather than a file name. */
    public static boolean isServer(String text) {
        return text != null && (text.startsWith(SCHEME) || text.startsWith("postgres://"));
    }

    /** Reads an address; refuses one without a database or user, with a password in it, or with an unknown sslmode. */
    public static ServerAddress parse(String text) {
        String rest = text.startsWith(SCHEME) ? text.substring(SCHEME.length()) : text.substring("postgres://".length());
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1) {
            throw new StoreException("server.address.invalid", null, safe(text));
        }
        String hostPort = rest.substring(0, slash);
        String database = decode(rest.substring(slash + 1));
        if (hostPort.contains("@")) {
            // user[:password]@host: a password does not belong in an address (shell history, logs).
            String userInfo = hostPort.substring(0, hostPort.indexOf('@'));
            if (userInfo.contains(":")) {
                throw new StoreException("server.address.password", null);
            }
            query = "user=" + userInfo + (query.isEmpty() ? "" : "&" + query);
            hostPort = hostPort.substring(hostPort.indexOf('@') + 1);
        }
        String host = hostPort;
        int port = 5432;
        int colon = hostPort.lastIndexOf(':');
        if (colon > 0 && !hostPort.endsWith("]")) {
            host = hostPort.substring(0, colon);
            try {
                port = Integer.parseInt(hostPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new StoreException("server.address.invalid", null, safe(text));
            }
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            params.put(decode(eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT),
                    eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        if (params.containsKey("password")) {
            throw new StoreException("server.address.password", null);
        }
        String user = params.get("user");
        if (user == null || user.isBlank()) {
            throw new StoreException("server.address.no-user", null, safe(text));
        }
        String sslMode = params.getOrDefault("sslmode", isLoopback(host) ? "prefer" : "require");
        if (!SSL_MODES.contains(sslMode)) {
            throw new StoreException("server.address.invalid", null, safe(text));
        }
        return new ServerAddress(host, port, database, user, sslMode);
    }

    static boolean isLoopback(String host) {
        return LOOPBACK.contains(host.toLowerCase(Locale.ROOT));
    }

    /** The JDBC URL, without user or password. */
    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The connection properties: user, the password given, TLS, and short time-outs for a server that is not there. */
    Properties properties(char[] password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", new String(password));
        }
        p.setProperty("sslmode", sslMode);
        p.setProperty("connectTimeout", "10");
        p.setProperty("ApplicationName", "Verbinder");
        // A batch of INSERTs goes as multi-row statements (copying a practice onto the server).
        p.setProperty("reWriteBatchedInserts", "true");
        return p;
    }

    /** As the user sees it: {@code postgresql://host:port/database?user=...}, never with a password. */
    @Override
    public String toString() {
        return SCHEME + host + ":" + port + "/" + database + "?user=" + user
                + (sslMode.equals("disable") ? "&sslmode=disable" : "");
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** The address as typed, with anything after a ':' in its user part and any password parameter cut out. */
    private static String safe(String text) {
        return text.replaceAll("(?i)password=[^&]*", "password=***").replaceAll("//([^:/@]*):[^@/]*@", "//$1:***@");
    }
}
