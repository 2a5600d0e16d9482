package nl.verbinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.Services;
import nl.verbinder.store.postgres.PostgresMigrations;
import nl.verbinder.testutil.PostgresServer;
import nl.verbinder.testutil.TestDatabase;
import nl.verbinder.ui.FxWait;
import nl.verbinder.ui.MainWindow;
import nl.verbinder.ui.area.UiSettings;
import nl.verbinder.ui.fx.SameThreadTaskRunner;
import nl.verbinder.ui.shell.WindowSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Bestand › Verbinden met praktijkserver… in the real window, with the app's own factory, on a
 * real server: "Verbinding testen" says a wrong password in words and a right one with what it
 * found; Verbinden switches the window to the server (the status bar says so) and keeps the
 * password, when asked, in a file only the user can read; the open-file action goes back to the
 * local file.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectServerDialogTest {

    @TempDir
    Path folder;

    private ServerServicesFactory factory;
    private MainWindow window;
    private String database;

    @Start
    void start(Stage stage) throws Exception {
        String url = PostgresServer.get().freshVerbinderDatabase();
        database = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?'));
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            String role = PostgresServer.PASSWORD_ROLE;
            s.execute("GRANT ALL ON SCHEMA public TO " + role);
            s.execute("GRANT ALL ON ALL TABLES IN SCHEMA public TO " + role);
            s.execute("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO " + role);
        }
        Clock clock = TestDatabase.fixedClock(TestDatabase.TODAY);
        Map<String, String> env = Map.of("XDG_DATA_HOME", folder.toString(),
                DataLocation.ENV_DB, folder.resolve("verbinder.db").toString());
        factory = new ServerServicesFactory(new SqliteServicesFactory(env, clock), env, clock);
        Services local = factory.open(folder.resolve("verbinder.db"));
        UiSettings settings = UiSettings.load(folder.resolve(UiSettings.FILE_NAME));
        settings.welcomed(true);
        settings.meAsked(true);
        window = new MainWindow(stage, local, Messages.dutch(),
                new WindowSetup(factory, settings, new SameThreadTaskRunner(), Duration.ZERO));
        window.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.services().close()).get();
    }

    @Test
    void testsConnectsAndGoesBackToTheLocalFile(FxRobot robot) throws Exception {
        assertThat(status(robot)).isEqualTo("Lokaal bestand: verbinder.db");
        MenuItem item = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().getFirst().getItems().stream()
                .filter(i -> "menu-connect-server".equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.getText()).isEqualTo("Verbinden met praktijkserver…");
        Platform.runLater(item::fire);
        FxWait.until("the dialog is open", () -> robot.lookup("#server-host").tryQuery().isPresent());

        fill(robot, "#server-host", "127.0.0.1");
        fill(robot, "#server-port", String.valueOf(PostgresServer.get().port()));
        fill(robot, "#server-database", database);
        fill(robot, "#server-user", PostgresServer.PASSWORD_ROLE);
        fill(robot, "#server-password", "fout-wachtwoord");
        robot.clickOn("#server-test");
        FxWait.until("the test says the password is refused", () -> result(robot).contains("weigert het wachtwoord"));
        assertThat(result(robot)).doesNotContain("fout-wachtwoord");

        fill(robot, "#server-password", PostgresServer.PASSWORD);
        robot.clickOn("#server-test");
        FxWait.until("the test says the connection works", () -> result(robot).startsWith("De verbinding werkt"));
        assertThat(result(robot)).isEqualTo(
                "De verbinding werkt: 127.0.0.1 heeft een database van Verbinder (schemaversie "
                        + PostgresMigrations.LATEST_VERSION + ").");

        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#server-remember").queryAs(CheckBox.class).setSelected(true)).get();
        robot.clickOn("#server-connect");
        FxWait.until("the window is on the server", () -> status(robot).equals("Praktijkserver 127.0.0.1 · verbonden"));
        assertThat(robot.lookup("#server-host").tryQuery()).as("the dialog closed").isEmpty();
        assertThat(((Stage) robot.lookup("#status-database").query().getScene().getWindow()).getTitle())
                .isEqualTo("Verbinder — Praktijkserver 127.0.0.1");
        Path kept = factory.dataFolder().resolve(ServerServicesFactory.REMEMBERED_PASSWORD);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-------");
        assertThat(Files.readString(kept)).startsWith("postgresql://127.0.0.1:" + PostgresServer.get().port() + "/"
                + database + "?user=" + PostgresServer.PASSWORD_ROLE + "\n");

        // The next start opens the server with the kept password (the address is what the window remembers).
        try (Services again = factory.open(Path.of("postgresql://127.0.0.1:" + PostgresServer.get().port() + "/"
                + database + "?user=" + PostgresServer.PASSWORD_ROLE))) {
            assertThat(again.schemaVersion()).isEqualTo(PostgresMigrations.LATEST_VERSION);
        }

        WaitForAsyncUtils.asyncFx(() -> window.navigator().openDatabase(folder.resolve("verbinder.db"))).get();
        FxWait.until("the window is on the local file again", () -> status(robot).equals("Lokaal bestand: verbinder.db"));
    }

    @Test
    void anIncompleteFormIsRefusedInWords(FxRobot robot) {
        Platform.runLater(() -> window.connectServer(null, null));
        FxWait.until("the dialog is open", () -> robot.lookup("#server-host").tryQuery().isPresent());
        fill(robot, "#server-host", "");
        fill(robot, "#server-port", "vijf");
        robot.clickOn("#server-test");
        assertThat(result(robot)).isEqualTo("Vul de server, een poort (1–65535), de database en de gebruiker in.");
        Platform.runLater(() -> robot.lookup("#server-host").query().getScene().getWindow().hide());
    }

    private static void fill(FxRobot robot, String id, String text) {
        try {
            WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).queryAs(TextField.class).setText(text)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String result(FxRobot robot) {
        return robot.lookup("#server-result").queryAs(Labeled.class).getText();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status-database").queryAs(Labeled.class).getText();
    }
}
