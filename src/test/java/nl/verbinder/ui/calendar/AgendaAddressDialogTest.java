package nl.verbinder.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.verbinder.service.calendar.CalendarAddress;
import nl.verbinder.ui.FxWait;
import nl.verbinder.ui.SamplePractice;
import nl.verbinder.ui.WindowFixture;
import nl.verbinder.ui.fx.FxTaskRunner;
import nl.verbinder.ui.transfer.FileKind;
import nl.verbinder.ui.transfer.TransferFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * *Contactmoment › Uit agenda…* without a file: the agenda fetched by its private address from a
 * real (local) HTTP server, only when "Ophalen" is clicked, in the background; the address is
 * stored owner-only, shown masked, never in a label; "Adres vergeten" deletes it.
 */
@ExtendWith(ApplicationExtension.class)
class AgendaAddressDialogTest {

    private static final String SECRET = "private-9c2e4a6b8d0f1a3c5e7b.ics";

    @TempDir
    Path folder;

    private final FxTaskRunner tasks = new FxTaskRunner();
    private final AtomicInteger requests = new AtomicInteger();
    private final CountDownLatch answer = new CountDownLatch(1);
    private WindowFixture fixture;
    private HttpServer server;
    private String address;
    private String host;

    @Start
    void start(Stage stage) throws Exception {
        fixture = WindowFixture.withBackgroundWork(folder, stage, tasks);
        SamplePractice.in(fixture.services());
        byte[] agenda = Files.readAllBytes(SampleAgenda.in(Files.createDirectories(folder.resolve("served"))));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/calendar/", exchange -> {
            requests.incrementAndGet();
            try {
                answer.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            boolean known = exchange.getRequestURI().getPath().endsWith(SECRET);
            byte[] body = known ? agenda : "not found".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(known ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        host = "http://127.0.0.1:" + server.getAddress().getPort() + "/…";
        address = "http://127.0.0.1:" + server.getAddress().getPort() + "/calendar/" + SECRET;
        fixture.window().useTransferFiles(new TransferFiles() {
            @Override
            public Optional<Path> save(String title, String suggestedName, FileKind kind) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> open(String title, FileKind kind) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> folder(String title) {
                return Optional.empty();
            }
        });
        fixture.show();
    }

    @AfterEach
    void close() {
        answer.countDown();
        if (server != null) {
            server.stop(0);
        }
        tasks.shutdown();
        fixture.close();
    }

    /** Puts the address in the field as a paste would (typing it key by key takes seconds). */
    private static void paste(FxRobot robot, String text) {
        TextField field = robot.lookup("#agenda-address").queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(() -> field.setText(text));
    }

    private Path stored() {
        return folder.resolve(CalendarAddress.FILE_NAME);
    }

    @Test
    void theAgendaIsFetchedInTheBackgroundOnlyWhenAskedThenProposedAndTheAddressForgotten(FxRobot robot)
            throws Exception {
        robot.clickOn("Contactmoment");
        robot.clickOn("Uit agenda…");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#agenda-address").tryQuery()).as("no file chosen: nothing opens").isEmpty();

        robot.clickOn("Contactmoment");
        robot.clickOn("Uit agenda-adres…");
        FxWait.until("the dialog with the address part", () -> robot.lookup("#agenda-address").tryQuery().isPresent());
        Label status = robot.lookup("#agenda-status").queryAs(Label.class);
        assertThat(status.getText()).startsWith("Haal je agenda op via het privé-adres");
        assertThat(robot.lookup("#agenda-address-stored").queryAs(Label.class).getText())
                .isEqualTo("Nog geen privé-agenda-adres bewaard.");
        assertThat(robot.lookup("#agenda-forget").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#agenda-fetch");
        FxWait.until("asked for the address", () -> status.getText().startsWith("Plak eerst"));
        assertThat(requests.get()).as("nothing is fetched without an address").isZero();

        paste(robot, address);
        assertThat(requests.get()).as("typing fetches nothing").isZero();
        robot.clickOn("#agenda-fetch");
        FxWait.until("the request reached the server", () -> requests.get() == 1);
        FxWait.until("fetching shows while the server has not answered",
                () -> "De agenda wordt opgehaald…".equals(status.getText())
                        && robot.lookup("#agenda-fetch").queryAs(Button.class).isDisabled());
        answer.countDown();

        ListView<?> list = robot.lookup("#agenda-proposals").queryAs(ListView.class);
        FxWait.until("the proposals from the fetched agenda", () -> list.getItems().size() == 2);
        assertThat(status.getText()).startsWith("Agenda opgehaald van " + host + ". 2 voorgesteld");
        assertThat(robot.lookup("#agenda-address-stored").queryAs(Label.class).getText())
                .isEqualTo("Bewaard adres: " + host);
        assertThat(robot.lookup("#agenda-address").queryAs(TextField.class).getText()).isEmpty();
        assertThat(Files.readString(stored()).strip()).isEqualTo(address);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stored()))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("the fetched agenda is not left behind")
                    .noneMatch(name -> name.startsWith("agenda-") && name.endsWith(".ics"));
        }
        assertThat(robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null
                && l.getText().contains(SECRET)).tryQuery()).as("the address is never shown").isEmpty();

        // Again with nothing typed: the stored address is reused.
        robot.clickOn("#agenda-fetch");
        FxWait.until("fetched a second time", () -> requests.get() == 2
                && status.getText().startsWith("Agenda opgehaald van " + host));

        robot.clickOn("#agenda-forget");
        FxWait.until("the address forgotten", () -> !Files.exists(stored()));
        assertThat(status.getText()).isEqualTo("Het privé-agenda-adres is vergeten.");
        assertThat(robot.lookup("#agenda-address-stored").queryAs(Label.class).getText())
                .isEqualTo("Nog geen privé-agenda-adres bewaard.");
        robot.type(KeyCode.ESCAPE);
        FxWait.until("the dialog closed", () -> robot.lookup("#agenda-dialog").tryQuery().isEmpty());
    }

    @Test
    void aRevokedAddressSaysWhatWentWrongWithoutShowingTheAddress(FxRobot robot) {
        answer.countDown();
        robot.clickOn("Contactmoment");
        robot.clickOn("Uit agenda-adres…");
        FxWait.until("the dialog", () -> robot.lookup("#agenda-address").tryQuery().isPresent());
        Label status = robot.lookup("#agenda-status").queryAs(Label.class);

        paste(robot, "ftp://127.0.0.1/calendar/" + SECRET);
        robot.type(KeyCode.ENTER);
        FxWait.until("refused", () -> status.getText().contains("is geen agenda-adres"));
        assertThat(status.getText()).doesNotContain(SECRET);
        assertThat(requests.get()).isZero();
        assertThat(stored()).doesNotExist();

        paste(robot, address.replace(SECRET, "revoked-7a1b.ics"));
        robot.type(KeyCode.ENTER);
        FxWait.until("the refusal", () -> status.getText().contains("code 404"));
        assertThat(status.getText()).doesNotContain("revoked");

        int port = server.getAddress().getPort();
        server.stop(0);
        server = null;
        paste(robot, "https://127.0.0.1:" + port + "/calendar/" + SECRET);
        robot.type(KeyCode.ENTER);
        FxWait.until("unreachable, naming the host only",
                () -> status.getText().startsWith("De agenda op 127.0.0.1 is niet bereikbaar"));
        assertThat(status.getText()).doesNotContain(SECRET);
        robot.type(KeyCode.ESCAPE);
    }
}
