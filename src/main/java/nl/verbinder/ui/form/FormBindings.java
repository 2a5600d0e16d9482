package nl.verbinder.ui.form;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextInputControl;
import nl.verbinder.ui.area.UiContext;

/** Binds form fields to a {@link FormModel}'s properties, so every edit marks the form and is checked. */
public final class FormBindings {

    private FormBindings() {
    }

    public static void text(FormField<? extends TextInputControl> field, StringProperty value, FormModel<?> model) {
        field.control().textProperty().bindBidirectional(value);
        field.control().textProperty().addListener((obs, old, text) -> model.edited(field.name()));
    }

    public static <T> void choice(FormField<ComboBox<T>> field, ObjectProperty<T> value, FormModel<?> model) {
        field.control().valueProperty().bindBidirectional(value);
        field.control().valueProperty().addListener((obs, old, chosen) -> model.edited(field.name()));
        TypeToSelect.install(field.control());
    }

    public static void date(FormField<DateField> field, ObjectProperty<LocalDate> value, FormModel<?> model) {
        DateField control = field.control();
        control.valueProperty().bindBidirectional(value);
        control.valueProperty().addListener((obs, old, date) -> model.edited(field.name()));
        control.invalidTextProperty().addListener((obs, old, text) -> model.unreadableDate(field.name(), text));
        control.getEditor().textProperty().addListener((obs, old, text) -> {
            if (control.getEditor().isFocused()) {
                model.edited(field.name());
            }
        });
        model.commitBeforeSave(control::currentValue);
    }

    public static FormField<DateField> dateField(String name, String label, UiContext context) {
        return new FormField<>(name, label, new DateField(context.messages()));
    }
}
