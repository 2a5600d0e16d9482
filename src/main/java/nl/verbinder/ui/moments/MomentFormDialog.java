package nl.verbinder.ui.moments;

import static nl.verbinder.domain.MomentField.ASKED;
import static nl.verbinder.domain.MomentField.CONTACT_PERSONS;
import static nl.verbinder.domain.MomentField.DATE;
import static nl.verbinder.domain.MomentField.FOLLOW_UP;
import static nl.verbinder.domain.MomentField.FOLLOW_UP_DONE;
import static nl.verbinder.domain.MomentField.FOLLOW_UP_DUE;
import static nl.verbinder.domain.MomentField.GOALS;
import static nl.verbinder.domain.MomentField.KIND;
import static nl.verbinder.domain.MomentField.LOGGED_BY;
import static nl.verbinder.domain.MomentField.OFFERED;
import static nl.verbinder.domain.MomentField.PARTNER;
import static nl.verbinder.domain.MomentField.SUMMARY;
import static nl.verbinder.domain.MomentField.THERAPISTS;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.Therapist;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.CheckList;
import nl.verbinder.ui.form.CheckOption;
import nl.verbinder.ui.form.Choices;
import nl.verbinder.ui.form.DateField;
import nl.verbinder.ui.form.Form;
import nl.verbinder.ui.form.FormBindings;
import nl.verbinder.ui.form.FormDialog;
import nl.verbinder.ui.form.FormField;
import nl.verbinder.ui.form.PartnerSearchField;
import nl.verbinder.ui.fx.Icons;
import nl.verbinder.ui.fx.Labels;
import nl.verbinder.ui.fx.Nodes;
import nl.verbinder.ui.fx.UiStyles;
import nl.verbinder.ui.partners.PersonDialogs;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The contact-moment dialog, for logging a new moment and for changing one, made for speed
 * right after a meeting: the partner by type-ahead, today's date, the kind by its first
 * letter, then what was said; Ctrl+Enter saves and Escape cancels. Who took part and the
 * shared goals served are on the right, after the essentials in the focus order.
 */
public final class MomentFormDialog {

    private final MomentForm form;
    private final FormDialog dialog;
    private final PartnerSearchField partner;
    private final FormField<ComboBox<ContactKind>> kind;
    private final FormField<TextArea> summary;

    public MomentFormDialog(UiContext context, MomentForm form) {
        this.form = form;
        boolean isNew = form.isNew();
        Form left = new Form(2);
        // The partner across the whole dialog: long names that differ only at the end
        // ("... Amersfoort-Noord", "... Amersfoort-Zuid") show in full.
        Form top = new Form(1);
        if (isNew) {
            partner = new PartnerSearchField(context, context.text("ui.log.partner.prompt")).moveOnWhenTaken();
            FormField<TextField> partnerField = new FormField<>(PARTNER, context.text("field.partner"), partner.node())
                    .required();
            partner.node().setId("log-partner");
            bindPartner(form, partner);
            top.add(partnerField);
            top.showErrors(form.errors());
        } else {
            partner = null;
        }
        FormField<DateField> date = FormBindings.dateField(DATE, context.text("field.date"), context).required();
        FormBindings.date(date, form.content().dateProperty(), form);
        date.control().setId("log-date");
        kind = FormField.<ContactKind>choice(KIND, context.text("field.kind")).required();
        Choices.coded(kind.control(), ContactKind.class, context.messages(), null, false);
        FormBindings.choice(kind, form.content().kindProperty(), form);
        kind.control().setId("log-kind");
        summary = FormField.area(SUMMARY, context.text("field.summary"), 3).required();
        FormBindings.text(summary, form.content().summaryProperty(), form);
        summary.control().setPromptText(context.text("ui.log.summary.prompt"));
        FormField<TextArea> offered = FormField.area(OFFERED, context.text("field.offered"), 2);
        FormBindings.text(offered, form.content().offeredProperty(), form);
        offered.control().setPromptText(context.text("ui.log.offered.prompt"));
        FormField<TextArea> asked = FormField.area(ASKED, context.text("field.asked"), 2);
        FormBindings.text(asked, form.content().askedProperty(), form);
        asked.control().setPromptText(context.text("ui.log.asked.prompt"));
        FormField<TextField> followUp = FormField.text(FOLLOW_UP, context.text("field.followUp"));
        FormBindings.text(followUp, form.followUpProperty(), form);
        followUp.control().setPromptText(context.text("ui.log.follow-up.prompt"));
        CheckBox theirs = new CheckBox(context.text("ui.log.follow-up.theirs"));
        theirs.setId("log-follow-up-theirs");
        theirs.setMinWidth(Region.USE_PREF_SIZE);
        theirs.selectedProperty().bindBidirectional(form.followUpTheirsProperty());
        theirs.selectedProperty().addListener((obs, old, now) -> form.edited(FOLLOW_UP));
        followUp.beside(theirs);
        followUp.control().setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(followUp.control(), Priority.ALWAYS);
        FormField<DateField> due = FormBindings.dateField(FOLLOW_UP_DUE, context.text("field.followUpDue"), context);
        FormBindings.date(due, form.followUpDueProperty(), form);
        due.control().setId("log-follow-up-due");
        due.beside(quickDates(context, form));
        // The follow-up across the whole column: it is a sentence, not a word.
        left.add(date).add(kind).add(summary, 2).add(offered, 2).add(asked, 2).add(followUp, 2).add(due, 2);
        if (!isNew) {
            FormField<DateField> done = FormBindings.dateField(FOLLOW_UP_DONE, context.text("field.followUpDone"),
                    context);
            FormBindings.date(done, form.followUpDoneProperty(), form);
            left.add(done);
        }
        left.node().setPrefWidth(500);
        left.node().setMinWidth(440);
        left.showErrors(form.errors());

        Form right = new Form(1);
        if (isNew) {
            FormField<ComboBox<Therapist>> loggedBy = FormField.choice(LOGGED_BY, context.text("field.loggedBy"));
            loggedBy.control().setItems(form.loggers());
            loggedBy.control().setConverter(Choices.converter(Therapist::name, ""));
            loggedBy.control().setPromptText(context.text("ui.log.logged-by.prompt"));
            FormBindings.choice(loggedBy, form.loggedByProperty(), form);
            right.add(loggedBy);
        }
        // Before a partner is chosen the lists say so; after, they say what the partner has (or has not).
        BooleanBinding noPartner = form.partnerProperty().isNull();
        FormField<Control> persons = checks(CONTACT_PERSONS, context.text("ui.log.persons"), form.contactPersons(),
                Bindings.when(noPartner).then(context.text("ui.log.persons.none"))
                        .otherwise(context.text("ui.log.persons.none-at-partner")), "log-person-", false);
        if (isNew) {
            Hyperlink addPerson = new Hyperlink(
                    context.text("ui.log.persons.add"), Icons.of(org.kordamp.ikonli.material2.Material2MZ.PERSON_ADD, 14));
            addPerson.setId("log-person-add");
            addPerson.disableProperty().bind(noPartner);
            addPerson.setOnAction(e -> {
                if (form.partnerProperty().get() != null) {
                    PersonDialogs.add(context, form.partnerProperty().get().id())
                            .ifPresent(form::personAdded);
                }
            });
            persons.below(addPerson);
        }
        right.add(checks(THERAPISTS, context.text("ui.log.therapists"), form.therapists(),
                        new SimpleStringProperty(context.text("areas.moments.edit.no-therapists")),
                        "log-therapist-", false))
                .add(persons)
                // Goal titles are long: one per line, wrapped, so they stay inside the dialog.
                .add(checks(GOALS, context.text("field.goals"), form.goals(),
                        Bindings.when(noPartner).then(context.text("ui.log.goals.choose-partner"))
                                .otherwise(context.text("ui.log.goals.none")), "log-goal-", true));
        right.showErrors(form.errors());
        // Wide enough for the people in two even columns (six therapists make three rows).
        right.node().setPrefWidth(340);
        right.node().setMinWidth(320);

        HBox.setHgrow(left.node(), Priority.ALWAYS);
        HBox body = new HBox(24, left.node(), right.node());
        body.setPadding(new Insets(4, 0, 0, 0));
        String title = context.text(isNew ? "ui.log.title" : "areas.moments.edit.title");
        Label heading = new Label(title, Icons.of(Material2AL.ADD_COMMENT, 20));
        heading.getStyleClass().add(Styles.TITLE_4);
        // The keys beside the title rather than under the form: the dialog fits a 640-pixel-high window.
        Label keys = hint(context.text("ui.log.keys"));
        keys.setWrapText(false);
        keys.setMinWidth(0);
        Region gap = Nodes.spacer();
        HBox titleRow = new HBox(12, heading, gap, keys);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        heading.setMinWidth(Region.USE_PREF_SIZE);
        VBox content = new VBox(8, titleRow);
        if (!isNew) {
            content.getChildren().add(hint(context.text("areas.moments.edit.partner", form.partnerName())));
        } else {
            content.getChildren().add(top.node());
        }
        content.getChildren().add(body);
        content.setPadding(new Insets(16, 20, 4, 20));
        content.setId(isNew ? "log-dialog" : "moment-dialog");
        content.setMinHeight(Region.USE_PREF_SIZE);

        dialog = new FormDialog(context, title, context.text(isNew ? "ui.log.save" : "ui.action.save"), content,
                form.unsaved(), form::save).whole(920);
        if (isNew) {
            dialog.saveButton().setId("log-save");
        }
        // After the dialog has given the focus to its default button.
        dialog.dialog().setOnShown(e -> Platform.runLater(this::focusFirst));
    }

    /** Loads what the form needs, shows the dialog and waits; true when the moment was stored. */
    public boolean showAndWait() {
        form.load();
        return dialog.showAndWait();
    }

    /** The dialog's pane, to draw it without showing it (screenshots). */
    public DialogPane pane() {
        return dialog.dialog().getDialogPane();
    }

    /** Puts the focus where typing should start: the partner when it is still to choose, else the kind or the summary. */
    public void focusFirst() {
        if (partner != null && !form.startsWithPartner()) {
            partner.node().requestFocus();
        } else if (partner != null) {
            kind.control().requestFocus();
        } else {
            summary.control().requestFocus();
        }
    }

    private static void bindPartner(MomentForm form, PartnerSearchField field) {
        field.selectedProperty().addListener((obs, old, chosen) -> form.partnerProperty().set(chosen));
        form.partnerProperty().addListener((obs, old, chosen) -> {
            if (chosen != field.selected()) {
                field.select(chosen);
            }
        });
    }

    /** +1 week, +2 weeks, +1 month: the follow-up dates people choose most, counted from the moment's date. */
    private static Node quickDates(UiContext context, MomentForm form) {
        HBox row = new HBox(4,
                quickDate(context, form, "ui.log.due.week", "log-due-week", d -> d.plusWeeks(1)),
                quickDate(context, form, "ui.log.due.two-weeks", "log-due-two-weeks", d -> d.plusWeeks(2)),
                quickDate(context, form, "ui.log.due.month", "log-due-month", d -> d.plusMonths(1)));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Button quickDate(UiContext context, MomentForm form, String key, String id,
                                    UnaryOperator<LocalDate> step) {
        Button button = new Button(context.text(key));
        button.setId(id);
        button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        button.setFocusTraversable(false); // Tab goes on to the next field
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> {
            LocalDate from = form.content().dateProperty().get() == null ? context.today() : form.content().dateProperty().get();
            form.followUpDueProperty().set(step.apply(from));
        });
        return button;
    }

    private static FormField<Control> checks(String name, String label, ObservableList<CheckOption> options,
                                             ObservableValue<String> empty, String idPrefix,
                                             boolean oneColumn) {
        return new FormField<>(name, label, CheckList.boxes(options, empty, idPrefix, oneColumn));
    }

    private static Label hint(String text) {
        return Labels.wrapped(text, UiStyles.HINT, Styles.TEXT_SMALL);
    }
}
