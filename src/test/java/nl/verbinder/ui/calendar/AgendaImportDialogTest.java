package nl.verbinder.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.MomentQuery;
import nl.verbinder.ui.FxWait;
import nl.verbinder.ui.SamplePractice;
import nl.verbinder.ui.WindowFixture;
import nl.verbinder.ui.transfer.FileKind;
import nl.verbinder.ui.transfer.TransferFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** *Contactmoment › Uit agenda…* in the real window, by keyboard once the file is chosen. */
@ExtendWith(ApplicationExtension.class)
class AgendaImportDialogTest {

    @TempDir
    Path folder;

    private WindowFixture fixture;
    private SamplePractice sample;
    private Path agenda;

    @Start
    void start(Stage stage) throws Exception {
        fixture = WindowFixture.in(folder, stage);
        sample = SamplePractice.in(fixture.services());
        agenda = SampleAgenda.in(folder);
        fixture.window().useTransferFiles(new TransferFiles() {
            @Override
            public Optional<Path> save(String title, String suggestedName, FileKind kind) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> open(String title, FileKind kind) {
                return kind == FileKind.CALENDAR ? Optional.of(agenda) : Optional.empty();
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
        fixture.close();
    }

    @Test
    void aProposalIsAcceptedWithWhatWasOfferedAndTheNextSkippedByKeyboard(FxRobot robot) {
        robot.clickOn("Contactmoment");
        robot.clickOn("Uit agenda…");
        FxWait.until("the proposals", () -> robot.lookup("#agenda-proposals").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#agenda-proposals").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(2);
        assertThat(robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null
                && l.getText().startsWith("Waarom: e-mailadres m.jansen@delinde.example")).tryQuery()).isPresent();

        robot.type(KeyCode.ENTER);
        FxWait.until("the moment form", () -> robot.lookup("#log-dialog").tryQuery().isPresent());
        TextArea offered = robot.lookup((Node n) -> n instanceof TextArea t
                && "Wat hebben wij aangeboden?".equals(t.getPromptText())).queryAs(TextArea.class);
        robot.clickOn(offered).write("Training valpreventie");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        FxWait.until("the form closed", () -> robot.lookup("#log-dialog").tryQuery().isEmpty());
        FxWait.until("one proposal left", () -> list.getItems().size() == 1);

        robot.type(KeyCode.DELETE);
        FxWait.until("no proposal left", () -> list.getItems().isEmpty());
        assertThat(robot.lookup("#agenda-address-pane").query().isVisible())
                .as("the address part is closed until asked for").isFalse();
        robot.clickOn("Agenda-adres ophalen…");
        FxWait.until("the address part", () -> robot.lookup("#agenda-address-pane").query().isVisible());
        robot.type(KeyCode.ESCAPE);
        FxWait.until("the dialog closed", () -> robot.lookup("#agenda-dialog").tryQuery().isEmpty());

        ContactMoment logged = fixture.services().moments().list(MomentQuery.all().forPartner(sample.linde.id()))
                .stream().map(v -> v.moment()).filter(m -> "Overleg valpreventie".equals(m.summary())).findFirst()
                .orElseThrow();
        assertThat(logged.offered()).isEqualTo("Training valpreventie");
        assertThat(logged.contactPersonIds()).containsExactly(sample.marieke.id());
        assertThat(fixture.services().agenda().propose(agenda, null, null).nothingNew()).isTrue();
    }
}
