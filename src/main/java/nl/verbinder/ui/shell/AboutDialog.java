package nl.verbinder.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.VersionInfo;

/**
 * Help › Over Verbinder: the versions (Verbinder, Java, JavaFX), where this database and the
 * data folder are, the licence and the third-party licences (the report's fonts among them),
 * and that Verbinder checks for no updates and sends nothing anywhere.
 */
public final class AboutDialog {

    /** The licence texts inside the jar; the installers also put them in lib/licences. */
    static final String THIRD_PARTY = "/nl/verbinder/licences/THIRD-PARTY.txt";
    static final String FONTS = "/nl/verbinder/fonts/DejaVu-LICENSE.txt";

    private final Dialog<Void> dialog = new Dialog<>();

    public AboutDialog(Window owner, Messages messages, VersionInfo versions, Path database, Path dataFolder,
                       Path logFile) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("ui.about.title"));
        dialog.setHeaderText("Verbinder " + versions.verbinder());

        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(6);
        int row = 0;
        row = fact(facts, row, messages.get("ui.about.version"), versions.verbinder(), "about-version");
        row = fact(facts, row, "Java", versions.java(), "about-java");
        row = fact(facts, row, "JavaFX", versions.javafx(), "about-javafx");
        row = fact(facts, row, messages.get("ui.about.database"), database.toAbsolutePath().toString(), "about-database");
        row = fact(facts, row, messages.get("ui.about.data-folder"), dataFolder.toString(), "about-data-folder");
        row = fact(facts, row, messages.get("ui.about.log"), logFile.toString(), "about-log");
        fact(facts, row, messages.get("ui.about.licence"), messages.get("ui.about.licence.text"), "about-licence");

        Label privacy = new Label(messages.get("ui.about.privacy"));
        privacy.setId("about-privacy");
        privacy.setWrapText(true);

        TextArea licences = new TextArea(text(THIRD_PARTY) + "\n\n" + text(FONTS));
        licences.setId("about-licences");
        licences.setEditable(false);
        licences.setWrapText(false);
        licences.setPrefRowCount(14);
        licences.setPrefColumnCount(80);
        VBox.setVgrow(licences, Priority.ALWAYS);

        VBox content = new VBox(12, facts, privacy, new Label(messages.get("ui.about.third-party")), licences);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(
                new ButtonType(messages.get("ui.action.close"), ButtonData.CANCEL_CLOSE));
        dialog.setResizable(true);
    }

    public void show() {
        dialog.show();
    }

    Dialog<Void> dialog() {
        return dialog;
    }

    private static int fact(GridPane grid, int row, String name, String value, String id) {
        Label label = new Label(name);
        Label text = new Label(value);
        text.setId(id);
        text.setWrapText(true);
        grid.addRow(row, label, text);
        return row + 1;
    }

    private static String text(String resource) {
        try (InputStream in = AboutDialog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing from the jar: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
