package nl.verbinder.ui.practice;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.verbinder.domain.PersonalData;
import nl.verbinder.domain.Therapist;
import nl.verbinder.ui.area.AreaHeader;
import nl.verbinder.ui.area.AreaViewBase;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.Form;
import nl.verbinder.ui.form.FormBindings;
import nl.verbinder.ui.form.FormField;
import nl.verbinder.ui.fx.Icons;
import nl.verbinder.ui.fx.ItemCell;
import nl.verbinder.ui.fx.Labels;
import nl.verbinder.ui.fx.Nodes;
import nl.verbinder.ui.fx.UiStyles;
import nl.verbinder.ui.partners.PersonDialogs;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The area Praktijk: the practice profile on the left (edited in place, checked as the user
 * types, saved with Opslaan or Ctrl+Enter, as every form) and the therapists on the right.
 */
public final class PracticeView extends AreaViewBase<BorderPane, PracticeViewModel> {

    private final ListView<Therapist> therapists = new ListView<>();

    public PracticeView(UiContext context) {
        super(context, new BorderPane(), new PracticeViewModel(context));

        root.setTop(new AreaHeader(context.text("ui.area.practice")).node());

        Node profile = profile();
        Node team = therapists();
        HBox centre = new HBox(profile, team);
        HBox.setHgrow(profile, Priority.ALWAYS);
        root.setCenter(centre);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(e)) {
                model.profile().save();
                e.consume();
            }
        });
    }

    @Override
    public boolean mayLeave() {
        return model.profile().unsaved().mayDiscard();
    }

    // The profile

    private Node profile() {
        ProfileEditor editor = model.profile();
        Label title = new Label(context.text("areas.practice.profile"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label intro = Labels.wrapped(context.text("areas.practice.profile.intro"), UiStyles.HINT);

        Form form = new Form(3);
        FormField<TextField> name = FormField.text("name", context.text("areas.practice.field.name"));
        FormBindings.text(name, editor.nameProperty(), editor);
        FormField<TextField> street = FormField.text("street", context.text("field.street"));
        FormBindings.text(street, editor.streetProperty(), editor);
        FormField<TextField> postcode = FormField.text("postcode", context.text("field.postcode"));
        postcode.control().setPromptText("1234 AB");
        FormBindings.text(postcode, editor.postcodeProperty(), editor);
        FormField<TextField> city = FormField.text("city", context.text("field.city"));
        FormBindings.text(city, editor.cityProperty(), editor);
        form.add(name, 3).add(street).add(postcode).add(city);
        area(form, editor, "specialisations", editor.specialisationsProperty());
        area(form, editor, "passionsAndCompetences", editor.passionsAndCompetencesProperty());
        area(form, editor, "distinctiveStrengths", editor.distinctiveStrengthsProperty());
        area(form, editor, "targetGroups", editor.targetGroupsProperty());
        form.showErrors(editor.errors());

        VBox box = new VBox(10, title, intro, form.node());
        box.setPadding(new Insets(0, 20, 20, 20));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);

        Label unsaved = new Label(context.text("areas.practice.unsaved"));
        unsaved.setWrapText(true);
        unsaved.setMinWidth(0);
        Region spacer = Nodes.spacer();
        Button revert = Nodes.button(context.text("areas.action.revert"), "profile-revert", e -> editor.revert());
        Button save = new Button(context.text("ui.action.save"), Icons.of(Material2MZ.SAVE, 16));
        save.getStyleClass().add(Styles.ACCENT);
        save.setId("profile-save");
        save.setOnAction(e -> editor.save());
        revert.setMinWidth(Region.USE_PREF_SIZE);
        save.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(10, unsaved, spacer, revert, save);
        bar.getStyleClass().add(UiStyles.SAVE_BAR);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(editor.unsaved().dirtyProperty());
        bar.managedProperty().bind(editor.unsaved().dirtyProperty());

        BorderPane pane = new BorderPane(scroll);
        pane.setBottom(bar);
        pane.setMinWidth(420);
        return pane;
    }

    private void area(Form form, ProfileEditor editor, String name, StringProperty value) {
        FormField<TextArea> field = FormField.area(name, context.text("field." + name), 4);
        field.control().setPromptText(context.text("areas.practice.hint." + name));
        FormBindings.text(field, value, editor);
        form.add(field, 3);
    }

    // The therapists

    private Node therapists() {
        Label title = new Label(context.text("areas.practice.therapists"));
        title.getStyleClass().add(Styles.TITLE_4);
        Button add = new Button(context.text("areas.practice.therapist.new"), Icons.of(Material2AL.ADD, 16));
        add.setId("therapist-new");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> new TherapistDialog(context, model.newTherapist()).showAndWait());

        therapists.setId("therapists");
        therapists.setItems(model.therapists());
        therapists.setCellFactory(list -> new TherapistCell());
        therapists.setPlaceholder(placeholder());
        model.therapists().addListener((ListChangeListener<Therapist>) c -> {
            if (!model.therapists().isEmpty() && therapists.getSelectionModel().isEmpty()) {
                therapists.getSelectionModel().selectFirst();
            }
        });
        VBox.setVgrow(therapists, Priority.ALWAYS);
        therapists.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                editChosen();
            }
        });
        therapists.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                editChosen();
                e.consume();
            }
        });

        Button edit = new Button(context.text("areas.action.edit"), Icons.of(Material2AL.EDIT, 16));
        edit.setId("therapist-edit");
        edit.setOnAction(e -> editChosen());
        Button toggle = new Button(context.text("areas.practice.therapist.deactivate"));
        toggle.setId("therapist-toggle");
        toggle.setOnAction(e -> {
            Therapist chosen = therapists.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                model.toggleActive(chosen);
            }
        });
        edit.disableProperty().bind(therapists.getSelectionModel().selectedItemProperty().isNull());
        toggle.disableProperty().bind(therapists.getSelectionModel().selectedItemProperty().isNull());
        therapists.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) ->
                toggle.setText(context.text(chosen != null && !chosen.active() ? "areas.practice.therapist.activate"
                        : "areas.practice.therapist.deactivate")));
        Button data = new Button(context.text("ui.persons.data"));
        data.setId("therapist-data");
        data.setOnAction(e -> {
            Therapist chosen = therapists.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                PersonDialogs.showPersonalData(context, PersonalData.Subject.THERAPIST, chosen.id());
            }
        });
        data.disableProperty().bind(therapists.getSelectionModel().selectedItemProperty().isNull());
        FlowPane buttons = new FlowPane(8, 8, add, edit, toggle, data);

        Label hint = Labels.wrapped(context.text("areas.practice.therapists.hint"), UiStyles.HINT);
        Label privacyTitle = new Label(context.text("ui.retention.section"));
        privacyTitle.getStyleClass().add(Styles.TITLE_4);
        Label privacyHint = Labels.wrapped(context.text("ui.retention.section.hint"), UiStyles.HINT);
        Button review = Nodes.button(context.text("ui.retention.open"), "practice-review-retention",
                e -> PersonDialogs.reviewRetention(context));
        hint.setMinHeight(Region.USE_PREF_SIZE);
        privacyHint.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(10, title, hint, therapists, buttons, privacyTitle, privacyHint, review);
        box.setPadding(new Insets(12, 20, 20, 16));
        box.getStyleClass().add("practice-panel");
        box.setPrefWidth(400);
        box.setMinWidth(340);
        return box;
    }

    private void editChosen() {
        Therapist chosen = therapists.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            new TherapistDialog(context, model.edit(chosen)).showAndWait();
        }
    }

    private Node placeholder() {
        Label text = Labels.wrapped(context.text("areas.practice.therapists.empty"), Styles.TEXT_MUTED);
        text.setPadding(new Insets(12));
        return text;
    }

    /** Name and role on top, "niet meer actief" when so, passions and competences under it. */
    private final class TherapistCell extends ItemCell<Therapist> {
        private final Label name = new Label();
        private final Label role = new Label();
        private final Label inactive = new Label(context.text("areas.practice.therapist.inactive"));
        private final Label competences = new Label();
        private final VBox box;

        TherapistCell() {
            name.getStyleClass().add(Styles.TEXT_BOLD);
            name.setMinWidth(0);
            role.getStyleClass().add("badge-accent");
            inactive.getStyleClass().add("badge-muted");
            competences.setWrapText(true);
            competences.getStyleClass().add(UiStyles.HINT);
            competences.setMaxHeight(56);
            // At most three lines in the list; the whole text is in the therapist's form.
            competences.getStyleClass().add(UiStyles.MAY_ELIDE);
            competences.setMinWidth(0);
            HBox top = new HBox(8, name, role, inactive);
            top.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(4, top, competences);
            box.setPadding(new Insets(4, 0, 4, 0));
            setPrefWidth(0);
        }

        /** The list asks a cell's height for its width; the wrapped competences need that width too. */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null || width <= 0) {
                return super.computePrefHeight(width);
            }
            double inner = width - snappedLeftInset() - snappedRightInset();
            return snappedTopInset() + box.prefHeight(inner) + snappedBottomInset();
        }

        @Override
        protected Node show(Therapist item) {
            name.setText(item.name());
            role.setText(context.label(item.role()));
            inactive.setVisible(!item.active());
            inactive.setManaged(!item.active());
            boolean has = item.competences() != null;
            competences.setText(has ? item.competences() : context.text("areas.practice.therapist.no-competences"));
            box.getStyleClass().removeAll("therapist-inactive");
            if (!item.active()) {
                box.getStyleClass().add("therapist-inactive");
            }
            return box;
        }
    }
}
