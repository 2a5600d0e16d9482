package nl.verbinder.ui.transfer;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.transfer.PartnerColumn;
import nl.verbinder.service.transfer.backup.BackupFormat;
import nl.verbinder.service.transfer.backup.BackupSummary;
import nl.verbinder.service.transfer.csv.CsvDialect;
import nl.verbinder.service.transfer.exports.CalendarStyle;
import nl.verbinder.service.transfer.exports.ExportSummary;
import nl.verbinder.service.transfer.exports.VCardVersion;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.CheckList;
import nl.verbinder.ui.form.CheckOption;
import nl.verbinder.ui.form.DateField;
import nl.verbinder.ui.fx.UiStyles;

/**
 * The export and backup dialogs: each asks its few choices, then the file, then writes it in
 * the background (see {@link TransferDialog}). The result is the notification's text.
 */
final class ExportDialogs {

    private final UiContext context;
    private final TransferFiles files;
    private final ExportModel model;

    ExportDialogs(UiContext context, TransferFiles files, ExportModel model) {
        this.context = context;
        this.files = files;
        this.model = model;
    }

    /**
     * Partners to CSV: the profile and the columns (the default set ticked). The query is the
     * Partners table's filter when started there, or every partner.
     *
     * @param count how many partners the query finds, for the dialog to say
     */
    TransferDialog partners(PartnerQuery query, boolean filtered, int count) {
        Messages m = context.messages();
        Label what = new Label(filtered ? m.get("transfer.ui.export.partners.filtered", count)
                : m.get("transfer.ui.export.partners.all", count));
        what.setId("export-partners-what");
        what.setWrapText(true);
        what.setMinHeight(Region.USE_PREF_SIZE);
        RadioChoice<CsvDialect> dialect = dialect();
        ObservableList<CheckOption> columns = FXCollections.observableArrayList(option -> new Observable[] {
            option.chosenProperty()});
        List<PartnerColumn> defaults = PartnerColumn.defaultExport();
        for (PartnerColumn column : PartnerColumn.exportable(true)) {
            columns.add(new CheckOption(column.ordinal(), m.get(column.labelKey()), defaults.contains(column)));
        }
        ListView<CheckOption> list = CheckList.of(columns, "", 8);
        list.setId("export-columns");
        BooleanExpression ready = Bindings.createBooleanBinding(() -> columns.stream().anyMatch(CheckOption::isChosen),
                columns);
        Node options = new VBox(12, what, section("transfer.ui.export.profile", dialect.node()),
                section("transfer.ui.export.columns", list));
        return new TransferDialog(context, "export-partners", m.get("transfer.ui.export.partners.title"), options,
                m.get("transfer.ui.export.start"), ready, problem -> {
                    List<PartnerColumn> chosen = new ArrayList<>();
                    for (CheckOption option : columns) {
                        if (option.isChosen()) {
                            chosen.add(PartnerColumn.values()[(int) option.id()]);
                        }
                    }
                    CsvDialect profile = dialect.value();
                    return files.save(m.get("transfer.ui.export.partners.title"), m.get("transfer.ui.export.partners.file"),
                            FileKind.CSV).map(target -> progress -> {
                                ExportSummary summary = model.partners(query, chosen, profile, m,
                                        target, progress);
                                return m.get("transfer.ui.export.partners.done", summary.written(), fileName(target));
                            });
                });
    }

    /** Contact moments to CSV, by period (either end may stay empty). */
    TransferDialog moments() {
        Messages m = context.messages();
        DateField from = new DateField(m);
        from.setId("export-from");
        DateField to = new DateField(m);
        to.setId("export-to");
        RadioChoice<CsvDialect> dialect = dialect();
        Label hint = hint(m.get("transfer.ui.export.moments.hint"));
        HBox period = new HBox(12, labelled("transfer.ui.export.moments.from", from),
                labelled("transfer.ui.export.moments.to", to));
        Node options = new VBox(12, section("transfer.ui.export.moments.period", new VBox(6, period, hint)),
                section("transfer.ui.export.profile", dialect.node()));
        return new TransferDialog(context, "export-moments", m.get("transfer.ui.export.moments.title"), options,
                m.get("transfer.ui.export.start"), always(), problem -> {
                    LocalDate start = from.currentValue();
                    LocalDate end = to.currentValue();
                    if (unreadable(from, problem) || unreadable(to, problem)) {
                        return Optional.empty();
                    }
                    CsvDialect profile = dialect.value();
                    return files.save(m.get("transfer.ui.export.moments.title"), m.get("transfer.ui.export.moments.file"),
                            FileKind.CSV).map(target -> progress -> {
                                ExportSummary summary = model.moments(start, end,
                                        profile, m, target, progress);
                                return m.get("transfer.ui.export.moments.done", summary.written(), fileName(target));
                            });
                });
    }

    /** Contact persons to vCard: the version and one file or one per person. */
    TransferDialog contactPersons() {
        Messages m = context.messages();
        RadioChoice<VCardVersion> version = new RadioChoice<>("export-vcard-version", List.of(VCardVersion.values()),
                v -> m.get("transfer.ui.export.vcard.version." + v.number().charAt(0)), VCardVersion.V3);
        RadioChoice<Boolean> perPerson = new RadioChoice<>("export-vcard-files", List.of(false, true),
                each -> m.get(each ? "transfer.ui.export.vcard.per-person" : "transfer.ui.export.vcard.one-file"), false);
        Node options = new VBox(12, section("transfer.ui.export.vcard.version", version.node()),
                section("transfer.ui.export.vcard.files", perPerson.node()));
        return new TransferDialog(context, "export-vcard", m.get("transfer.ui.export.vcard.title"), options,
                m.get("transfer.ui.export.start"), always(), problem -> {
                    VCardVersion chosen = version.value();
                    boolean each = perPerson.value();
                    Optional<Path> target = each ? files.folder(m.get("transfer.ui.export.vcard.folder"))
                            : files.save(m.get("transfer.ui.export.vcard.title"), m.get("transfer.ui.export.vcard.file"),
                                    FileKind.VCARD);
                    return target.map(t -> progress -> {
                        ExportSummary summary = model.contactPersons(chosen, each, t, progress);
                        return m.get(each ? "transfer.ui.export.vcard.done-per-person" : "transfer.ui.export.vcard.done",
                                summary.written(), fileName(t));
                    });
                });
    }

    /** Open follow-ups to an iCalendar file, as all-day events or as tasks. */
    TransferDialog followUps() {
        Messages m = context.messages();
        RadioChoice<CalendarStyle> style = new RadioChoice<>("export-calendar-style", List.of(CalendarStyle.values()),
                s -> m.get(s.labelKey()), CalendarStyle.values()[0]);
        Node options = new VBox(12, hint(m.get("transfer.ui.export.ics.hint")),
                section("transfer.ui.export.ics.style", style.node()));
        return new TransferDialog(context, "export-ics", m.get("transfer.ui.export.ics.title"), options,
                m.get("transfer.ui.export.start"), always(), problem -> {
                    CalendarStyle chosen = style.value();
                    return files.save(m.get("transfer.ui.export.ics.title"), m.get("transfer.ui.export.ics.file"),
                            FileKind.CALENDAR).map(target -> progress -> {
                                ExportSummary summary = model.followUps(chosen, m, target, progress);
                                String done = m.get("transfer.ui.export.ics.done", summary.written(), fileName(target));
                                return summary.leftOut() == 0 ? done
                                        : done + " " + m.get("transfer.ui.export.ics.left-out", summary.leftOut());
                            });
                });
    }

    /** A full backup: every table as JSON, or a copy of the database file. */
    TransferDialog backup() {
        Messages m = context.messages();
        RadioChoice<BackupFormat> format = new RadioChoice<>("backup-format", List.of(BackupFormat.values()),
                f -> m.get(f.labelKey()), BackupFormat.JSON);
        Node options = new VBox(12, hint(m.get("transfer.ui.backup.hint")),
                section("transfer.ui.backup.format", format.node()));
        return new TransferDialog(context, "backup", m.get("transfer.ui.backup.title"), options,
                m.get("transfer.ui.backup.start"), always(), problem -> {
                    BackupFormat chosen = format.value();
                    String extension = chosen == BackupFormat.JSON ? ".json" : ".db";
                    String name = m.get("transfer.ui.backup.file", context.today().toString()) + extension;
                    return files.save(m.get("transfer.ui.backup.title"), name,
                            chosen == BackupFormat.JSON ? FileKind.JSON : FileKind.DATABASE).map(chosenFile -> {
                                // The format follows the choice, also when the name was typed without its extension.
                                Path target = BackupFormat.forFileName(chosenFile).isEmpty()
                                        ? chosenFile.resolveSibling(chosenFile.getFileName() + extension) : chosenFile;
                                return progress -> {
                                    BackupSummary summary = model.backUp(target, progress);
                                    StringBuilder done = new StringBuilder(
                                            m.count("transfer.ui.backup.done", summary.rows(), fileName(target)));
                                    for (BackupSummary.Unreadable part : summary.unreadable()) {
                                        done.append('\n').append(m.get("transfer.backup.unreadable", part.table(),
                                                part.rowsRead()));
                                    }
                                    return done.toString();
                                };
                            });
                });
    }

    private RadioChoice<CsvDialect> dialect() {
        return new RadioChoice<>("export-profile", List.of(CsvDialect.EXCEL_NL, CsvDialect.STANDARD),
                d -> context.text(d.labelKey()), CsvDialect.EXCEL_NL);
    }

    /** True (after saying so) when the field holds text that is not a date. */
    private boolean unreadable(DateField field, Consumer<String> problem) {
        String invalid = field.invalidTextProperty().get();
        if (invalid != null && !invalid.isBlank()) {
            problem.accept(context.text("transfer.ui.export.moments.bad-date", invalid));
            return true;
        }
        return false;
    }

    private VBox section(String titleKey, Node content) {
        Label title = new Label(context.text(titleKey));
        title.getStyleClass().add(UiStyles.SECTION_TITLE);
        title.setLabelFor(content);
        return new VBox(6, title, content);
    }

    private VBox labelled(String key, Node field) {
        Label label = new Label(context.text(key));
        label.setLabelFor(field);
        return new VBox(4, label, field);
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        return hint;
    }

    /** Ready at once: the dialog's choices are all valid from the start. */
    static BooleanExpression always() {
        return new SimpleBooleanProperty(true);
    }

    static String fileName(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }
}
