package nl.verbinder.ui.transfer;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.verbinder.domain.ImportSource;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.transfer.PartnerColumn;
import nl.verbinder.service.transfer.imports.ColumnMapping;
import nl.verbinder.service.transfer.imports.RowAction;
import nl.verbinder.ui.area.AreaCss;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.Choices;
import nl.verbinder.ui.fx.Theme;
import nl.verbinder.ui.fx.UiStyles;
import nl.verbinder.ui.transfer.ImportWizardModel.Step;

/**
 * The import wizard: (1) choose the file and see how it was read, (2) for a partner list, say
 * which column goes into which field, (3) the preview: per row what will happen, every problem
 * with its row and column, a choice per duplicate, skip bad rows or not, and why Import is
 * disabled when it is; (4) the import with progress and Cancel, then what it did.
 */
final class ImportWizard {

    private final UiContext context;
    private final TransferFiles files;
    private final ImportWizardModel model;
    private final Dialog<Void> dialog = new Dialog<>();
    private final StackPane pages = new StackPane();
    private final Node filePage;
    private final Node columnsPage;
    private final Node previewPage;
    private final Node runPage;
    private final GridPane columnGrid = new GridPane();
    private final List<ComboBox<PartnerColumn>> columnChoices = new ArrayList<>();
    private boolean showingMapping;

    ImportWizard(UiContext context, TransferFiles files, ImportSource source) {
        this.context = context;
        this.files = files;
        this.model = new ImportWizardModel(context, source);
        filePage = filePage();
        columnsPage = columnsPage();
        previewPage = previewPage();
        runPage = runPage();

        dialog.setTitle(context.text("transfer.ui.import.title." + source.code()));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("import-wizard");
        dialog.getDialogPane().setContent(pages);
        dialog.getDialogPane().setPrefSize(860, 680);
        dialog.getDialogPane().setMinSize(640, 520);
        AreaCss.applyTo(dialog.getDialogPane());
        dialog.getDialogPane().getStylesheets().add(Theme.STYLESHEET);
        buttons();
        model.step().addListener((obs, old, step) -> show(step));
        model.mapping().addListener((obs, old, mapping) -> showMapping(mapping));
        model.columns().addListener((ListChangeListener<ColumnRow>) c -> buildColumns());
        dialog.setOnCloseRequest(event -> {
            if (model.running().get()) {
                event.consume();
                model.cancel();
            }
        });
        show(Step.FILE);
    }

    /** Shows the wizard and waits until it is closed. */
    void showAndWait() {
        context.dialogs().show(dialog);
    }

    private void buttons() {
        ButtonType backType = new ButtonType(context.text("transfer.ui.import.back"), ButtonData.BACK_PREVIOUS);
        ButtonType nextType = new ButtonType(context.text("transfer.ui.import.next"), ButtonData.NEXT_FORWARD);
        ButtonType importType = new ButtonType(context.text("transfer.ui.import.start"), ButtonData.FINISH);
        ButtonType closeType = new ButtonType(context.text("ui.action.close"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(backType, nextType, importType, closeType);
        Button back = button(backType, "wizard-back", model::back);
        back.disableProperty().bind(model.step().isEqualTo(Step.FILE).or(model.running()).or(model.done()));
        Button next = button(nextType, "wizard-next", model::next);
        next.disableProperty().bind(model.fileRead().not().or(model.step().isEqualTo(Step.PREVIEW))
                .or(model.step().isEqualTo(Step.RUN)));
        Button start = button(importType, "wizard-import", model::runImport);
        start.disableProperty().bind(model.step().isNotEqualTo(Step.PREVIEW).or(model.blocked().isNotEmpty())
                .or(model.plan().isNull()));
        Button close = (Button) dialog.getDialogPane().lookupButton(closeType);
        close.setId("wizard-close");
        close.textProperty().bind(Bindings.when(model.running()).then(context.text("ui.action.cancel"))
                .otherwise(context.text("ui.action.close")));
        close.addEventFilter(ActionEvent.ACTION, event -> {
            if (model.running().get()) {
                event.consume();
                model.cancel();
            }
        });
    }

    private Button button(ButtonType type, String id, Runnable action) {
        Button button = (Button) dialog.getDialogPane().lookupButton(type);
        button.setId(id);
        button.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            action.run();
        });
        return button;
    }

    private void show(Step step) {
        Node page = switch (step) {
            case FILE -> filePage;
            case COLUMNS -> columnsPage;
            case PREVIEW -> previewPage;
            case RUN -> runPage;
        };
        pages.getChildren().setAll(page);
        List<Step> steps = model.hasColumns() ? List.of(Step.FILE, Step.COLUMNS, Step.PREVIEW, Step.RUN)
                : List.of(Step.FILE, Step.PREVIEW, Step.RUN);
        dialog.setHeaderText(context.text("transfer.ui.import.step", steps.indexOf(step) + 1, steps.size(),
                context.text("transfer.ui.import.step." + step.name().toLowerCase(Locale.ROOT))));
    }

    // Step 1

    private Node filePage() {
        Messages m = context.messages();
        Label about = wrapped(m.get("transfer.ui.import.about." + model.source().code()));
        Button choose = new Button(m.get("transfer.ui.import.choose"));
        choose.setId("wizard-choose");
        choose.setOnAction(e -> files.open(m.get("transfer.ui.import.choose"),
                model.source() == ImportSource.VCARD ? FileKind.VCARD : FileKind.CSV).ifPresent(model::chooseFile));
        Label path = new Label();
        path.setId("wizard-file");
        path.textProperty().bind(Bindings.createStringBinding(() -> model.file().get() == null
                ? m.get("transfer.ui.import.no-file") : model.file().get().toString(), model.file()));
        HBox row = new HBox(10, choose, path);
        row.setAlignment(Pos.CENTER_LEFT);
        Label info = wrapped("");
        info.setId("wizard-file-info");
        info.textProperty().bind(model.fileInfo());
        Label error = wrapped("");
        error.setId("wizard-file-error");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.fileError());
        return padded(new VBox(14, about, row, info, error));
    }

    // Step 2

    private Node columnsPage() {
        Label about = wrapped(context.text("transfer.ui.import.columns.about"));
        columnGrid.setHgap(16);
        columnGrid.setVgap(8);
        columnGrid.setId("wizard-columns");
        ScrollPane scroll = new ScrollPane(columnGrid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label error = wrapped("");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.fileError());
        return padded(new VBox(12, about, scroll, error));
    }

    private void buildColumns() {
        Messages m = context.messages();
        columnGrid.getChildren().clear();
        columnChoices.clear();
        columnGrid.addRow(0, heading("transfer.ui.import.columns.column"), heading("transfer.ui.import.columns.sample"),
                heading("transfer.ui.import.columns.field"), new Label());
        List<PartnerColumn> fields = new ArrayList<>();
        fields.add(null);
        for (PartnerColumn column : PartnerColumn.values()) {
            if (column.importable()) {
                fields.add(column);
            }
        }
        for (ColumnRow column : model.columns()) {
            Label header = new Label(column.header());
            header.setMinWidth(Region.USE_PREF_SIZE);
            Label sample = new Label(column.sample());
            sample.getStyleClass().add(Styles.TEXT_MUTED);
            sample.setMaxWidth(220);
            ComboBox<PartnerColumn> choice = new ComboBox<>();
            choice.setId("map-" + column.index());
            choice.getItems().setAll(fields);
            choice.setConverter(Choices.converter(f -> m.get(f.labelKey()), m.get("transfer.ui.import.columns.none")));
            header.setLabelFor(choice);
            choice.valueProperty().addListener((obs, old, field) -> {
                if (!showingMapping) {
                    model.map(column.index(), field);
                }
            });
            Label unknown = new Label(column.known() ? "" : m.get("transfer.ui.import.columns.unknown"));
            unknown.setMinWidth(Region.USE_PREF_SIZE);
            unknown.getStyleClass().add(Styles.WARNING);
            columnChoices.add(choice);
            columnGrid.addRow(column.index() + 1, header, sample, choice, unknown);
        }
        showMapping(model.mapping().get());
    }

    private void showMapping(ColumnMapping mapping) {
        if (mapping == null) {
            return;
        }
        showingMapping = true;
        try {
            for (int i = 0; i < columnChoices.size(); i++) {
                columnChoices.get(i).setValue(mapping.fieldOf(i).orElse(null));
            }
        } finally {
            showingMapping = false;
        }
    }

    // Step 3

    private Node previewPage() {
        Messages m = context.messages();
        Label counts = wrapped("");
        counts.setId("wizard-counts");
        counts.textProperty().bind(model.counts());

        TableView<PreviewRow> table = new TableView<>(model.rows());
        table.setId("wizard-rows");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(m.get("transfer.ui.import.no-rows")));
        table.getColumns().add(column(m.get(model.source() == ImportSource.VCARD ? "transfer.import.report.card"
                : "transfer.import.report.row"), r -> String.valueOf(r.row()), 60));
        table.getColumns().add(column(m.get("transfer.ui.import.rows.name"), PreviewRow::name, 200));
        table.getColumns().add(column(m.get("transfer.ui.import.rows.action"), PreviewRow::actionText, 110));
        table.getColumns().add(column(m.get("transfer.ui.import.rows.match"), PreviewRow::match, 200));
        TableColumn<PreviewRow, String> problemsColumn = column(m.get("transfer.ui.import.rows.problems"),
                PreviewRow::problems, 260);
        problemsColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        table.getColumns().add(problemsColumn);
        table.setMinHeight(140);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(PreviewRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("import-row-invalid", "import-row-duplicate");
                if (!empty && row != null && row.invalid()) {
                    getStyleClass().add("import-row-invalid");
                } else if (!empty && row != null && row.duplicate()) {
                    getStyleClass().add("import-row-duplicate");
                }
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        ComboBox<RowAction> choice = new ComboBox<>();
        choice.setId("wizard-row-choice");
        choice.getItems().setAll(RowAction.MERGE, RowAction.SKIP, RowAction.CREATE);
        choice.setConverter(Choices.converter(a -> m.get(a.labelKey()), ""));
        Label choiceLabel = new Label(m.get("transfer.ui.import.row-choice"));
        choiceLabel.setLabelFor(choice);
        choice.setTooltip(new Tooltip(m.get("transfer.ui.import.row-choice.tooltip")));
        Runnable showChoice = () -> {
            PreviewRow selected = table.getSelectionModel().getSelectedItem();
            choice.setDisable(selected == null || !selected.duplicate());
            choice.setValue(selected == null || !selected.duplicate() ? null : selected.action());
        };
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> showChoice.run());
        choice.setOnAction(e -> {
            PreviewRow selected = table.getSelectionModel().getSelectedItem();
            if (selected != null && selected.duplicate() && choice.getValue() != null
                    && choice.getValue() != selected.action()) {
                int row = selected.row();
                model.decide(row, choice.getValue());
                model.rows().stream().filter(r -> r.row() == row).findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r));
            }
        });
        showChoice.run();
        choiceLabel.setMinWidth(Region.USE_PREF_SIZE);
        choice.setMinWidth(160);
        HBox choiceRow = new HBox(8, choiceLabel, choice);
        choiceRow.setAlignment(Pos.CENTER_LEFT);

        CheckBox skip = new CheckBox(m.get("transfer.ui.import.skip-invalid"));
        skip.setId("wizard-skip-invalid");
        skip.selectedProperty().bindBidirectional(model.skipInvalid());

        Label problemsTitle = heading("transfer.ui.import.problems");
        ListView<String> problems = new ListView<>(model.problems());
        problems.setId("wizard-problems");
        problems.setPrefHeight(120);
        problems.setMinHeight(90);
        problems.setPlaceholder(new Label(m.get("transfer.ui.import.no-problems")));
        problemsTitle.setLabelFor(problems);

        Label blocked = wrapped("");
        blocked.setId("wizard-blocked");
        blocked.getStyleClass().add(Styles.DANGER);
        blocked.textProperty().bind(model.blocked());
        blocked.visibleProperty().bind(model.blocked().isNotEmpty());
        blocked.managedProperty().bind(blocked.visibleProperty());
        return padded(new VBox(10, counts, table, choiceRow, problemsTitle, problems, skip, blocked));
    }

    private static TableColumn<PreviewRow, String> column(String title, Function<PreviewRow, String> value, double width) {
        TableColumn<PreviewRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    // Step 4

    private Node runPage() {
        ProgressBar bar = new ProgressBar();
        bar.setId("wizard-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progress());
        Label summary = wrapped("");
        summary.setId("wizard-summary");
        summary.textProperty().bind(model.summary());
        model.summaryIsProblem().addListener((obs, old, problem) -> {
            if (problem) {
                summary.getStyleClass().add(Styles.DANGER);
            } else {
                summary.getStyleClass().remove(Styles.DANGER);
            }
        });
        return padded(new VBox(14, bar, summary));
    }

    // Helpers

    private Label heading(String key) {
        Label label = new Label(context.text(key));
        label.getStyleClass().add(UiStyles.SECTION_TITLE);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE); // a wrapped label in a VBox would be cut off rather than wrap
        return label;
    }

    private static Node padded(VBox box) {
        box.setPadding(new Insets(4, 0, 0, 0));
        return box;
    }
}
