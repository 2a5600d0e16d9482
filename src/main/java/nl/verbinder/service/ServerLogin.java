package nl.verbinder.service;

/**
 * A practice server as the user fills it in (Bestand › Verbinden met praktijkserver…): where it
 * is, the database, who logs in and with which password. The password is kept in memory only,
 * unless {@code rememberPassword}: then in a file in the user's data folder that only the user
 * may read. {@link #toString()} never shows it.
 */
public record ServerLogin(String host, int port, String database, String user, char[] password,
                          boolean rememberPassword) {

    public static final int DEFAULT_PORT = 5432;

    @Override
    public String toString() {
        return "postgresql://" + host + ":" + port + "/" + database + "?user=" + user;
    }
}
