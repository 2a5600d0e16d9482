package nl.verbinder.ui.shell;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.ErrorText;
import nl.verbinder.service.ServerLogin;

/**
 * Behind Bestand › Verbinden met praktijkserver…: the fields (host, port, database, user,
 * password), "Verbinding testen" with its result in words, and connecting, which switches the
 * window to the server. The password stays in this model and the dialog's field; it is never
 * logged or shown.
 */
public final class ConnectServerModel {

    /** Where a test or a connection stands. */
    public enum Outcome { NONE, BUSY, OK, FAILED }

    private static final Pattern ADDRESS = Pattern.compile("postgres(?:ql)?:/+([^:/]+):(\\d+)/([^?]+)\\?user=([^&]+).*");
    private static final System.Logger LOG = System.getLogger(ConnectServerModel.class.getName());

    private final DatabaseSession session;
    private final Messages messages;
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(ServerLogin.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("verbinder");
    private final StringProperty user = new SimpleStringProperty(System.getProperty("user.name", ""));
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty remember = new SimpleBooleanProperty(false);
    private final StringProperty result = new SimpleStringProperty("");
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>(Outcome.NONE);

    public ConnectServerModel(DatabaseSession session, Messages messages) {
        this.session = session;
        this.messages = messages;
        fillFrom(session.location().toString().replace('\\', '/'));
    }

    /** Fills the fields from an address (the server open now, or the one that could not be opened at start). */
    public void fillFrom(String address) {
        Matcher m = ADDRESS.matcher(address);
        if (m.matches()) {
            host.set(m.group(1));
            port.set(m.group(2));
            database.set(URLDecoder.decode(m.group(3), StandardCharsets.UTF_8));
            user.set(URLDecoder.decode(m.group(4), StandardCharsets.UTF_8));
        }
    }

    /** "Verbinding testen": connects without changing anything and says what it found. */
    public void test() {
        ServerLogin login = login();
        if (login == null) {
            return;
        }
        outcome.set(Outcome.BUSY);
        result.set(messages.get("ui.server.testing"));
        session.testServer(login, version -> {
            outcome.set(Outcome.OK);
            result.set(version == 0 ? messages.get("ui.server.test.empty", login.host())
                    : messages.get("ui.server.test.ok", login.host(), version));
        }, this::failed);
    }

    /** Connects and switches the window to the server; {@code connected} runs once it has. */
    public void connect(Runnable connected) {
        ServerLogin login = login();
        if (login == null) {
            return;
        }
        outcome.set(Outcome.BUSY);
        result.set(messages.get("ui.server.connecting"));
        session.openServer(login, connected, this::failed);
    }

    private ServerLogin login() {
        int number;
        try {
            number = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (host.get().isBlank() || database.get().isBlank() || user.get().isBlank() || number <= 0 || number > 65535) {
            outcome.set(Outcome.FAILED);
            result.set(messages.get("server.login.incomplete"));
            return null;
        }
        return new ServerLogin(host.get().strip(), number, database.get().strip(), user.get().strip(),
                password.get().isEmpty() ? null : password.get().toCharArray(), remember.get());
    }

    private void failed(RuntimeException failure) {
        outcome.set(Outcome.FAILED);
        if (failure instanceof VerbinderException refusal) {
            result.set(ErrorText.describe(messages, refusal));
        } else {
            LOG.log(System.Logger.Level.ERROR, "Connecting to the practice server failed unexpectedly", failure);
            result.set(messages.get("ui.error.unexpected", String.valueOf(failure.getMessage())));
        }
    }

    public StringProperty host() {
        return host;
    }

    public StringProperty port() {
        return port;
    }

    public StringProperty database() {
        return database;
    }

    public StringProperty user() {
        return user;
    }

    public StringProperty password() {
        return password;
    }

    public BooleanProperty remember() {
        return remember;
    }

    public StringProperty result() {
        return result;
    }

    public ObjectProperty<Outcome> outcome() {
        return outcome;
    }
}
