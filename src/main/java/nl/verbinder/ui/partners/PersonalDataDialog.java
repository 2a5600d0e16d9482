package nl.verbinder.ui.partners;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import nl.verbinder.domain.Mention;
import nl.verbinder.domain.PersonalData;
import nl.verbinder.service.MentionTexts;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.Nodes;

/**
 * Persoonsgegevens: everything Verbinder holds about a contact person (GDPR inzage), as the
 * command line's {@code person show} prints it, with buttons to export it as a readable PDF or
 * as JSON.
 */
final class PersonalDataDialog extends Dialog<Void> {

    /** Where an export goes: the save dialog in the window; a fixed file in tests. */
    @FunctionalInterface
    interface ExportTarget {

        /** The file to write, or empty when the user cancelled. */
        Optional<Path> choose(String suggestedName, String extension);
    }

    private final UiContext context;
    private final PersonalData data;
    private final ExportTarget target;

    PersonalDataDialog(UiContext context, Inzage inzage) {
        this(context, inzage, null);
    }

    /** With the exports' files chosen by {@code target} instead of the save dialog (null: the save dialog). */
    PersonalDataDialog(UiContext context, Inzage inzage, ExportTarget target) {
        this.context = context;
        this.data = inzage.data();
        this.target = target != null ? target : this::chooseFile;
        setTitle(context.text("ui.persons.data.title", data.name()));
        setHeaderText(context.text("ui.persons.data.title", data.name()));
        setResizable(true);

        VBox content = new VBox(6);
        content.setId("person-data");
        content.setPadding(new Insets(4));
        heading(content, context.text("privacy.section.record"));
        for (PersonalData.Field f : data.record()) {
            if (f.labelKey().equals("privacy.field.updated")) {
                continue;
            }
            String value = f.value() == null ? null : f.valueLabelKey() != null ? context.text(f.valueLabelKey())
                    : f.labelKey().equals("privacy.field.created")
                    ? context.date(LocalDate.ofInstant(Instant.parse(f.value()), ZoneId.systemDefault()))
                    : f.value();
            field(content, f.labelKey(), value);
        }
        heading(content, context.text("privacy.section.moments", data.moments().size()));
        for (PersonalData.Moment m : data.moments()) {
            content.getChildren().add(wrapped(shownDate(m.date()) + " · " + m.partnerName() + " · " + m.summary()));
        }
        heading(content, context.text("privacy.section.mentions", data.mentions().size()));
        for (Mention mention : data.mentions()) {
            Label where = wrapped(MentionTexts.where(context.messages(), mention) + " ("
                    + context.text(mention.kind().labelKey()) + ")");
            Label snippet = wrapped(mention.snippet());
            snippet.getStyleClass().add(Styles.TEXT_MUTED);
            snippet.setPadding(new Insets(0, 0, 0, 16));
            content.getChildren().addAll(where, snippet);
        }
        heading(content, context.text("privacy.section.imports", data.imports().size()));
        for (PersonalData.Import i : data.imports()) {
            content.getChildren().add(wrapped(i.importedAt() + " · " + i.source() + " · " + i.fileName() + " · "
                    + i.action()));
        }
        heading(content, context.text("privacy.section.history", inzage.history().size()));
        for (String line : inzage.history()) {
            content.getChildren().add(wrapped(line));
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        scroll.setPrefViewportWidth(560);

        Button pdf = Nodes.button(context.text("ui.persons.data.export-pdf"), "person-data-pdf", e -> export("pdf"));
        Button json = Nodes.button(context.text("ui.persons.data.export-json"), "person-data-json",
                e -> export("json"));
        HBox buttons = new HBox(8, pdf, json);
        scroll.setMinViewportHeight(240);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getDialogPane().setContent(new VBox(10, scroll, buttons));
        getDialogPane().getButtonTypes().add(
                new ButtonType(context.text("ui.action.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    private void export(String extension) {
        String suggested = data.name().replaceAll("[^\\p{L}\\p{N} _-]", "") + "." + extension;
        target.choose(suggested, extension).ifPresent(file -> new PersonalDataModel(context).export(data.subject(),
                data.id(), file, done -> context.notifier().notify(context.text("privacy.exported", done.name(),
                        file.toString()))));
    }

    private Optional<Path> chooseFile(String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(context.text("ui.persons.data.export-title", data.name()));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(), "*." + extension));
        File file = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
        return Optional.ofNullable(file).map(File::toPath);
    }

    /** A stored ISO date (yyyy-mm-dd) as the app shows dates; anything else as it is. */
    private String shownDate(String iso) {
        try {
            return context.date(LocalDate.parse(iso));
        } catch (RuntimeException e) {
            return iso;
        }
    }

    private void heading(VBox content, String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setPadding(new Insets(8, 0, 0, 0));
        content.getChildren().add(label);
    }

    private void field(VBox content, String key, String value) {
        if (value != null && !value.isBlank()) {
            content.getChildren().add(wrapped(context.text(key) + ": " + value));
        }
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(540);
        return label;
    }
}
