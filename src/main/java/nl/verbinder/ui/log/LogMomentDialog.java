package nl.verbinder.ui.log;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.Therapist;
import nl.verbinder.ui.common.Choices;
import nl.verbinder.ui.common.DateField;
import nl.verbinder.ui.common.Form;
import nl.verbinder.ui.common.FormField;
import nl.verbinder.ui.common.TypeToSelect;
import nl.verbinder.ui.common.UiContext;
import nl.verbinder.ui.common.UiStyles;

/**
 * The log-a-contact-moment dialog, made for speed right after a meeting: the partner by
 * type-ahead, today's date, the kind by its first letter, then what was said; Ctrl+Enter
 * saves and Escape cancels. Who took part, the shared goals served and the follow-up are on
 * the right, after the essentials in the focus order.
 */
public final class LogMomentDialog extends Dialog<ContactMoment> {

    public static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final UiContext context;
    private final LogMomentViewModel model;
    private final PartnerPicker picker;
    private final FormField<ComboBox<ContactKind>> kind;

    public LogMomentDialog(UiContext context, Long partnerId) {
        this.context = context;
        this.model = new LogMomentViewModel(context);
        setTitle(context.text("ui.log.title"));
        setHeaderText(null);
        setResizable(true);

        picker = new PartnerPicker(context, model);
        FormField<PickerControl> partner = new FormField<>("partner", context.text("field.partner"), new PickerControl(picker));
        partner.label().setLabelFor(picker.field());

        DateField dateField = new DateField(context.messages());
        dateField.setId("log-date");
        dateField.valueProperty().bindBidirectional(model.date);
        dateField.invalidTextProperty().addListener((obs, old, text) -> model.dateText("date", text));
        FormField<DateField> date = new FormField<>("date", context.text("field.date"), dateField);

        kind = FormField.choice("kind", context.text("field.kind"));
        Choices.coded(kind.control(), ContactKind.class, context.messages(), null, false);
        kind.control().valueProperty().bindBidirectional(model.kind);
        kind.control().setId("log-kind");
        TypeToSelect.install(kind.control());

        FormField<TextArea> summary = FormField.area("summary", context.text("field.summary"), 4);
        summary.control().textProperty().bindBidirectional(model.summary);
        summary.control().setPromptText(context.text("ui.log.summary.prompt"));
        FormField<TextArea> offered = FormField.area("offered", context.text("field.offered"), 2);
        offered.control().textProperty().bindBidirectional(model.offered);
        offered.control().setPromptText(context.text("ui.log.offered.prompt"));
        FormField<TextArea> asked = FormField.area("asked", context.text("field.asked"), 2);
        asked.control().textProperty().bindBidirectional(model.asked);
        asked.control().setPromptText(context.text("ui.log.asked.prompt"));

        FormField<TextField> followUp = FormField.text("followUp", context.text("field.followUp"));
        followUp.control().textProperty().bindBidirectional(model.followUp);
        followUp.control().setPromptText(context.text("ui.log.follow-up.prompt"));
        DateField dueField = new DateField(context.messages());
        dueField.setId("log-follow-up-due");
        dueField.valueProperty().bindBidirectional(model.followUpDue);
        dueField.invalidTextProperty().addListener((obs, old, text) -> model.dateText("followUpDue", text));
        FormField<DateField> due = new FormField<>("followUpDue", context.text("field.followUpDue"), dueField);

        FormField<ComboBox<Therapist>> loggedBy = FormField.choice("loggedBy", context.text("field.loggedBy"));
        loggedBy.control().setItems(model.therapists);
        loggedBy.control().setConverter(Choices.converter(Therapist::name, ""));
        loggedBy.control().valueProperty().bindBidirectional(model.loggedBy);
        loggedBy.control().setPromptText(context.text("ui.log.logged-by.prompt"));
        TypeToSelect.install(loggedBy.control());

        Pane therapists = checks(new FlowPane(10, 6), model.therapists, model.tookPart, Therapist::id, Therapist::name,
                "log-therapist-");
        Pane persons = checks(new FlowPane(10, 6), model.persons, model.personsTookPart, ContactPerson::id,
                ContactPerson::name, "log-person-");
        // Goal titles are long: one per line, wrapped, so they stay inside the dialog.
        Pane goals = checks(new VBox(6), model.goals, model.goalsServed, SharedGoal::id, SharedGoal::title, "log-goal-");
        Label noPersons = hint(context.text("ui.log.persons.none"));
        Label noGoals = hint(context.text("ui.log.goals.none"));
        showWhenEmpty(noPersons, model.persons);
        showWhenEmpty(noGoals, model.goals);

        Form left = new Form(2);
        left.add(partner, 2).add(date).add(kind).add(summary, 2).add(offered, 2).add(asked, 2).add(followUp).add(due);
        left.node().setPrefWidth(560);
        left.node().setMinWidth(480);
        Form right = new Form(1);
        right.add(loggedBy);
        left.showErrors(model.validation().errors());
        right.showErrors(model.validation().errors());

        VBox who = new VBox(6, section(context.text("ui.log.therapists")), therapists,
                section(context.text("ui.log.persons")), persons, noPersons);
        VBox served = new VBox(6, section(context.text("field.goals")), goals, noGoals);
        VBox rightColumn = new VBox(14, right.node(), who, served);
        rightColumn.setPrefWidth(280);
        rightColumn.setMinWidth(260);
        HBox.setHgrow(left.node(), Priority.ALWAYS);
        HBox body = new HBox(24, left.node(), rightColumn);
        body.setPadding(new Insets(4, 0, 0, 0));
        Label keys = hint(context.text("ui.log.keys"));
        Label heading = new Label(context.text("ui.log.title"), nl.verbinder.ui.common.Icons.of(
                org.kordamp.ikonli.material2.Material2AL.ADD_COMMENT, 20));
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox content = new VBox(12, heading, body, keys);
        content.setPadding(new Insets(16, 20, 4, 20));
        content.setId("log-dialog");

        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(920);
        getDialogPane().getStylesheets().add(nl.verbinder.ui.common.Theme.STYLESHEET);
        ButtonType save = new ButtonType(context.text("ui.log.save"), ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, new ButtonType(context.text("ui.action.cancel"), ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("log-save");
        saveButton.disableProperty().bind(model.savingProperty());
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            save();
        });
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (SAVE.match(event)) {
                event.consume();
                save();
            }
        });
        setResultConverter(button -> null);
        // After the dialog has given the focus to its default button.
        setOnShown(e -> javafx.application.Platform.runLater(() -> focusFirst(partnerId)));
        model.start(partnerId);
    }

    /** The view model, for filling the dialog in (screenshots). */
    public LogMomentViewModel model() {
        return model;
    }

    /** Puts the focus where typing should start: the partner, or the kind when the partner is known. */
    public void focusFirst(Long partnerId) {
        if (partnerId == null) {
            picker.field().requestFocus();
        } else {
            kind.control().requestFocus();
        }
    }

    private void save() {
        model.save(saved -> {
            setResultConverter(button -> saved);
            setResult(saved);
            close();
        });
    }

    private <T> Pane checks(Pane pane, ObservableList<T> items, ObservableSet<Long> chosen, Function<T, Long> id,
                            Function<T, String> label, String idPrefix) {
        Runnable fill = () -> {
            pane.getChildren().clear();
            for (T item : items) {
                CheckBox box = new CheckBox(label.apply(item));
                long key = id.apply(item);
                box.setId(idPrefix + key);
                box.setWrapText(true);
                box.setSelected(chosen.contains(key));
                box.selectedProperty().addListener((obs, old, on) -> {
                    if (on) {
                        chosen.add(key);
                    } else {
                        chosen.remove(key);
                    }
                });
                chosen.addListener((javafx.collections.SetChangeListener<Long>) c -> box.setSelected(chosen.contains(key)));
                pane.getChildren().add(box);
            }
        };
        items.addListener((ListChangeListener<T>) c -> fill.run());
        fill.run();
        return pane;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(UiStyles.FIELD_LABEL);
        return label;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(UiStyles.HINT, Styles.TEXT_SMALL);
        label.setWrapText(true);
        return label;
    }

    private static void showWhenEmpty(Label label, ObservableList<?> list) {
        Runnable update = () -> {
            label.setVisible(list.isEmpty());
            label.setManaged(list.isEmpty());
        };
        list.addListener((ListChangeListener<Object>) c -> update.run());
        update.run();
    }

    /** Lets the partner picker sit in a {@link FormField} like any control. */
    private static final class PickerControl extends javafx.scene.control.Control {
        PickerControl(PartnerPicker picker) {
            getChildren().add(picker.node());
            setFocusTraversable(false);
        }

        @Override
        protected javafx.scene.control.Skin<?> createDefaultSkin() {
            return new javafx.scene.control.SkinBase<>(this) {
            };
        }
    }
}
