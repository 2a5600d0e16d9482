package nl.verbinder.ui.form;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.verbinder.ui.fx.UiStyles;

/**
 * One field of a form: its label, the control, and under it the service's message when the
 * value is wrong ("'12' is geen Nederlandse postcode ..."). The field's name is the one the
 * services use in their {@link nl.verbinder.domain.FieldError}s.
 */
public final class FormField<C extends Control> {

    private final String name;
    private final Label label;
    private final C control;
    private final Label error = new Label();
    private final VBox box;

    public FormField(String name, String labelText, C control) {
        this.name = name;
        this.control = control;
        this.label = new Label(labelText);
        label.setLabelFor(control);
        label.getStyleClass().add(UiStyles.FIELD_LABEL);
        error.getStyleClass().addAll(UiStyles.FIELD_ERROR, Styles.DANGER, Styles.TEXT_SMALL);
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        control.setMaxWidth(Double.MAX_VALUE);
        box = new VBox(3, label, control, error);
        box.getStyleClass().add(UiStyles.FORM_FIELD);
        VBox.setVgrow(control, control instanceof TextArea ? Priority.ALWAYS : Priority.NEVER);
        control.setAccessibleText(labelText);
        control.setId("field-" + name);
    }

    public static FormField<TextField> text(String name, String labelText) {
        return new FormField<>(name, labelText, new TextField());
    }

    public static FormField<TextArea> area(String name, String labelText, int rows) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        TabMovesFocus.install(area);
        return new FormField<>(name, labelText, area);
    }

    public static <T> FormField<ComboBox<T>> choice(String name, String labelText) {
        return new FormField<>(name, labelText, new ComboBox<>());
    }

    /** Marks the field as one that must be filled in: a red asterisk after its label (the text stays as it is). */
    public FormField<C> required() {
        Label star = new Label("*");
        star.getStyleClass().addAll(Styles.DANGER, "required-mark");
        label.setGraphic(star);
        label.setContentDisplay(ContentDisplay.RIGHT);
        label.setGraphicTextGap(3);
        return this;
    }

    /** Puts {@code extra} beside the control (quick choices), the control keeping its preferred width. */
    public FormField<C> beside(Node extra) {
        int at = box.getChildren().indexOf(control);
        HBox row = new HBox(8);
        box.getChildren().set(at, row);
        row.getChildren().addAll(control, extra);
        row.setAlignment(Pos.CENTER_LEFT);
        control.setMaxWidth(Region.USE_PREF_SIZE);
        return this;
    }

    /** Puts {@code extra} right under the control (quick choices, a link), above any error. */
    public FormField<C> below(Node extra) {
        box.getChildren().add(box.getChildren().indexOf(control) + 1, extra);
        return this;
    }

    public String name() {
        return name;
    }

    public C control() {
        return control;
    }

    public Label label() {
        return label;
    }

    public Node node() {
        return box;
    }

    /** The error under the field, or {@code null} to clear it. */
    public void showError(String message) {
        boolean has = message != null && !message.isBlank();
        error.setText(has ? message : "");
        error.setVisible(has);
        error.setManaged(has);
        control.pseudoClassStateChanged(Styles.STATE_DANGER, has);
    }
}
