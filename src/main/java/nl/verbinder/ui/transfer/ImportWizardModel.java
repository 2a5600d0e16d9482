package nl.verbinder.ui.transfer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.verbinder.domain.ImportSource;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.transfer.PartnerColumn;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.service.transfer.imports.ColumnMapping;
import nl.verbinder.service.transfer.imports.CsvTable;
import nl.verbinder.service.transfer.imports.ImportOptions;
import nl.verbinder.service.transfer.imports.ImportPlan;
import nl.verbinder.service.transfer.imports.ImportProblem;
import nl.verbinder.service.transfer.imports.ImportResult;
import nl.verbinder.service.transfer.imports.ImportService;
import nl.verbinder.service.transfer.imports.PlannedRow;
import nl.verbinder.service.transfer.imports.RowAction;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.UiContext;

/**
 * The state of the import wizard: the file and how it was read, the column mapping (partner
 * lists), the preview with the user's choices, and the run with its progress. Every service
 * call goes through the background runner; the texts the view shows are prepared here.
 */
final class ImportWizardModel {

    /** The wizard's steps; a LinkedIn or vCard import has no column step. */
    enum Step { FILE, COLUMNS, PREVIEW, RUN }

    private final UiContext context;
    private final ImportSource source;
    private final Executor progressToView;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.FILE);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty fileInfo = new SimpleStringProperty("");
    private final StringProperty fileError = new SimpleStringProperty("");
    private final BooleanProperty fileRead = new SimpleBooleanProperty();
    private final ObservableList<ColumnRow> columns = FXCollections.observableArrayList();
    private final ObjectProperty<ColumnMapping> mapping = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportPlan> plan = new SimpleObjectProperty<>();
    private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final StringProperty counts = new SimpleStringProperty("");
    private final StringProperty blocked = new SimpleStringProperty("");
    private final BooleanProperty skipInvalid = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty done = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty summaryIsProblem = new SimpleBooleanProperty();
    private CsvTable table;
    private ImportOptions options = ImportOptions.defaults();
    private TransferProgress transfer;
    private ImportResult result;

    ImportWizardModel(UiContext context, ImportSource source) {
        this(context, source, TransferProgress.ON_FX_THREAD);
    }

    /** @param progressToView where the run's progress updates reach the bar (a test without a window: at once) */
    ImportWizardModel(UiContext context, ImportSource source, Executor progressToView) {
        this.context = context;
        this.source = source;
        this.progressToView = progressToView;
        skipInvalid.addListener((obs, old, value) -> {
            if (plan.get() != null && value != options.skipInvalid()) {
                options = options.withSkipInvalid(value);
                replan();
            }
        });
    }

    ImportSource source() {
        return source;
    }

    boolean hasColumns() {
        return source == ImportSource.PARTNERS_CSV;
    }

    // Step 1: the file

    /** Reads the chosen file: a partner list up to its columns, the others up to the preview. */
    void chooseFile(Path chosen) {
        file.set(chosen);
        fileRead.set(false);
        fileError.set("");
        fileInfo.set("");
        plan.set(null);
        table = null;
        options = ImportOptions.defaults().withSkipInvalid(skipInvalid.get()); // choices per row were for the other file
        ImportService imports = context.services().imports();
        if (hasColumns()) {
            context.run(() -> imports.readPartnerList(chosen), this::tableRead, this::fileRefused);
        } else {
            ImportOptions chosenOptions = options;
            context.run(() -> source == ImportSource.LINKEDIN ? imports.planLinkedIn(chosen, chosenOptions, Progress.none())
                    : imports.planVCards(chosen, chosenOptions, Progress.none()), read -> {
                        fileInfo.set(context.text(source == ImportSource.VCARD ? "transfer.ui.import.file-info.cards"
                                : "transfer.ui.import.file-info.csv", read.encoding(), separatorName(read.separator()),
                                read.rows().size()));
                        fileRead.set(true);
                        planned(read);
                    }, this::fileRefused);
        }
    }

    private void tableRead(CsvTable read) {
        table = read;
        fileInfo.set(context.text("transfer.ui.import.file-info.csv", read.source().encodingName(),
                separatorName(read.separator()),
                read.rows().size()));
        ColumnMapping suggested = ColumnMapping.suggest(read);
        List<ColumnRow> found = new ArrayList<>();
        for (int i = 0; i < read.header().size(); i++) {
            int column = i;
            String sample = read.rows().stream().map(r -> r.cell(column)).filter(c -> !c.isBlank()).findFirst().orElse("");
            found.add(new ColumnRow(i, read.columnName(i), sample, suggested.fieldOf(i).isPresent()));
        }
        columns.setAll(found);
        mapping.set(suggested);
        fileRead.set(true);
    }

    private void fileRefused(VerbinderException refusal) {
        fileError.set(TransferTexts.refusal(context.messages(), refusal));
    }

    // Step 2: the columns

    /** Puts this column into this field ({@code null}: not imported); a field is taken from the column that had it. */
    void map(int column, PartnerColumn field) {
        ColumnMapping now = mapping.get();
        if (now != null && now.fieldOf(column).orElse(null) != field) {
            mapping.set(now.with(column, field));
        }
    }

    // Moving between steps

    void next() {
        switch (step.get()) {
            case FILE -> {
                if (hasColumns()) {
                    step.set(Step.COLUMNS);
                } else {
                    step.set(Step.PREVIEW);
                }
            }
            case COLUMNS -> {
                ColumnMapping chosen = mapping.get();
                CsvTable read = table;
                ImportOptions chosenOptions = options;
                context.run(() -> context.services().imports().planPartnerList(read, chosen, chosenOptions,
                        Progress.none()), planned -> {
                            planned(planned);
                            step.set(Step.PREVIEW);
                        }, this::fileRefused);
            }
            default -> {
            }
        }
    }

    void back() {
        switch (step.get()) {
            case COLUMNS -> step.set(Step.FILE);
            case PREVIEW -> step.set(hasColumns() ? Step.COLUMNS : Step.FILE);
            case RUN -> {
                if (!running.get() && !done.get()) {
                    step.set(Step.PREVIEW);
                    replan(); // the database may have changed since the preview (the import then refuses to run)
                }
            }
            default -> {
            }
        }
    }

    // Step 3: the preview

    /** The user's choice for a duplicate row: merge, skip or create anyway. */
    void decide(int row, RowAction action) {
        options = options.withDecision(row, action);
        replan();
    }

    private void replan() {
        ImportPlan current = plan.get();
        ImportOptions chosen = options;
        context.run(() -> context.services().imports().replan(current, chosen), this::planned);
    }

    private void planned(ImportPlan planned) {
        plan.set(planned);
        Messages m = context.messages();
        boolean cards = source == ImportSource.VCARD;
        List<PreviewRow> shown = new ArrayList<>();
        for (PlannedRow row : planned.rows()) {
            List<String> texts = row.problems().stream().map(p -> TransferTexts.problemInRow(m, p)).toList();
            shown.add(new PreviewRow(row.row(), row.label().isBlank() ? m.get("transfer.import.report.no-name") : row.label(),
                    row.action(), actionText(row), row.partnerMatch() == null ? "" : TransferTexts.match(m, row.partnerMatch()),
                    String.join("\n", texts), row.duplicate() && !row.invalid(), row.invalid()));
        }
        rows.setAll(shown);
        problems.setAll(planned.problems().stream().map(p -> TransferTexts.problem(m, p, cards)).toList());
        ImportPlan.Counts c = planned.counts();
        counts.set(m.get("transfer.ui.import.counts", c.partnersToCreate(), c.rowsToMerge(), c.skipped(), c.invalid(),
                c.personsToCreate(), c.personsToMerge()));
        blocked.set(blockedReason(planned));
    }

    private String actionText(PlannedRow row) {
        if (row.invalid()) {
            return context.text("transfer.ui.import.action.invalid");
        }
        return context.text(row.action().labelKey());
    }

    /** Why the import cannot start, or "" when it can. */
    private String blockedReason(ImportPlan planned) {
        if (planned.fileProblems().stream().anyMatch(ImportProblem::isError)) {
            return context.text("transfer.ui.import.blocked.file");
        }
        if (planned.refused()) {
            return context.text("transfer.ui.import.blocked.rows", planned.counts().invalid());
        }
        if (planned.counts().landing() == 0) {
            return context.text("transfer.ui.import.blocked.nothing");
        }
        return "";
    }

    // Step 4: the run

    void runImport() {
        ImportPlan chosen = plan.get();
        if (chosen == null || !blocked.get().isEmpty() || running.get()) {
            return;
        }
        transfer = new TransferProgress(progressToView);
        TransferProgress current = transfer;
        progress.bind(current.fraction());
        summary.set(context.text("transfer.ui.working"));
        summaryIsProblem.set(false);
        running.set(true);
        step.set(Step.RUN);
        context.tasks().run(() -> context.services().imports().run(chosen, current.progress()), this::imported,
                failure -> {
                    running.set(false);
                    summaryIsProblem.set(true);
                    if (failure instanceof VerbinderException refusal) {
                        summary.set(TransferTexts.refusal(context.messages(), refusal));
                    } else {
                        System.getLogger("nl.verbinder.ui").log(System.Logger.Level.ERROR, "Import failed", failure);
                        summary.set(context.text("ui.error.unexpected", String.valueOf(failure.getMessage())));
                    }
                });
    }

    private void imported(ImportResult imported) {
        result = imported;
        running.set(false);
        done.set(true);
        progress.unbind();
        progress.set(1);
        String text = imported.record() == null ? context.text("transfer.ui.import.done.nothing", imported.rowsSkipped())
                : context.text("transfer.ui.import.done", ExportDialogs.fileName(file.get()), imported.partnersCreated(),
                imported.partnersFilled(), imported.personsCreated(), imported.personsFilled(), imported.rowsSkipped());
        summary.set(text);
        if (imported.record() != null) {
            context.changes().announce(Changes.Topic.PARTNERS, Changes.Topic.CONTACT_PERSONS);
            long id = imported.record().id();
            String name = ExportDialogs.fileName(file.get());
            context.notifier().notify(text, context.text("transfer.ui.history.undo"), () -> undo(id, name));
        }
    }

    /** Undoes the import just done, from the notification's button (the history offers the same). */
    private void undo(long id, String name) {
        context.run(() -> context.services().imports().undo(id), undone -> {
            context.changes().announce(Changes.Topic.PARTNERS, Changes.Topic.CONTACT_PERSONS);
            context.notifier().notify(context.text("transfer.ui.history.undone", id, name));
        }, refusal -> context.dialogs().error(TransferTexts.refusal(context.messages(), refusal)));
    }

    /** Stops a running import; it rolls back, so nothing is written. */
    void cancel() {
        if (transfer != null && running.get()) {
            transfer.cancel();
            summary.set(context.text("transfer.ui.cancelling"));
        }
    }

    // What the view binds to

    ObjectProperty<Step> step() {
        return step;
    }

    ObjectProperty<Path> file() {
        return file;
    }

    StringProperty fileInfo() {
        return fileInfo;
    }

    StringProperty fileError() {
        return fileError;
    }

    BooleanProperty fileRead() {
        return fileRead;
    }

    ObservableList<ColumnRow> columns() {
        return columns;
    }

    ObjectProperty<ColumnMapping> mapping() {
        return mapping;
    }

    ObjectProperty<ImportPlan> plan() {
        return plan;
    }

    ObservableList<PreviewRow> rows() {
        return rows;
    }

    ObservableList<String> problems() {
        return problems;
    }

    StringProperty counts() {
        return counts;
    }

    /** Why Import is disabled ("" when it is not). */
    StringProperty blocked() {
        return blocked;
    }

    BooleanProperty skipInvalid() {
        return skipInvalid;
    }

    BooleanProperty running() {
        return running;
    }

    BooleanProperty done() {
        return done;
    }

    DoubleProperty progress() {
        return progress;
    }

    StringProperty summary() {
        return summary;
    }

    BooleanProperty summaryIsProblem() {
        return summaryIsProblem;
    }

    ImportResult result() {
        return result;
    }

    /** The separator as people call it: "puntkomma", "komma", "tab". */
    private String separatorName(Character separator) {
        if (separator == null) {
            return "";
        }
        return switch (separator) {
            case ',' -> context.text("transfer.ui.separator.comma");
            case ';' -> context.text("transfer.ui.separator.semicolon");
            case '\t' -> context.text("transfer.ui.separator.tab");
            default -> String.valueOf(separator);
        };
    }
}
