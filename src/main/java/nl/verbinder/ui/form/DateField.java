package nl.verbinder.ui.form;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import nl.verbinder.i18n.Messages;

/**
 * A date picker that reads and writes dates as the user writes them (dd-MM-yyyy in Dutch;
 * also 1-2-2026, 01/02/2026, 1.2.26). Text it cannot read leaves the value empty and is kept
 * in {@link #invalidTextProperty()}, so the form can say what is wrong instead of failing.
 */
public final class DateField extends DatePicker {

    private final ReadOnlyStringWrapper invalidText = new ReadOnlyStringWrapper();

    public DateField(Messages messages) {
        DateTimeFormatter shown = messages.dateFormat();
        List<DateTimeFormatter> accepted = List.of(shown,
                DateTimeFormatter.ofPattern("d-M-uuuu", Locale.ROOT),
                DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT),
                DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT),
                DateTimeFormatter.ofPattern("d-M-uu", Locale.ROOT),
                DateTimeFormatter.ofPattern("d/M/uu", Locale.ROOT),
                DateTimeFormatter.ISO_LOCAL_DATE);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : shown.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                String clean = text == null ? "" : text.strip();
                if (clean.isEmpty()) {
                    invalidText.set(null);
                    return null;
                }
                for (DateTimeFormatter format : accepted) {
                    try {
                        LocalDate date = LocalDate.parse(clean, format);
                        invalidText.set(null);
                        return date;
                    } catch (DateTimeParseException e) {
                        // try the next way of writing it
                    }
                }
                invalidText.set(clean);
                return null;
            }
        });
        setPromptText(messages.get("ui.date.prompt"));
        // Commit typed text when the field loses focus, not only on Enter.
        getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitValue();
            }
        });
        getEditor().textProperty().addListener((obs, old, text) -> {
            if (text == null || text.isBlank()) {
                invalidText.set(null);
            }
        });
    }

    /** The text the user typed that is not a date, or {@code null}. */
    public ReadOnlyStringProperty invalidTextProperty() {
        return invalidText.getReadOnlyProperty();
    }

    /** Reads what is typed now, even before the user leaves the field. */
    public LocalDate currentValue() {
        commitValue();
        return getValue();
    }
}
