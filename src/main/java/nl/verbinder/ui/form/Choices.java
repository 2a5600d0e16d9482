package nl.verbinder.ui.form;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import nl.verbinder.domain.Coded;
import nl.verbinder.i18n.Messages;

/** Combo boxes over the domain's coded values, labelled in the user's language. */
public final class Choices {

    private Choices() {
    }

    /**
     * Fills the combo box with every value of the enum, sorted by label, shown by label.
     *
     * @param noneLabel the label of an empty choice (a {@code null} value), or {@code null} for none
     */
    public static <E extends Enum<E> & Coded> void coded(ComboBox<E> box, Class<E> type, Messages messages,
                                                          String noneLabel, boolean sortByLabel) {
        var values = FXCollections.<E>observableArrayList();
        if (noneLabel != null) {
            values.add(null);
        }
        E[] constants = type.getEnumConstants();
        if (sortByLabel) {
            constants = Arrays.stream(constants)
                    .sorted(Comparator.comparing((E e) -> messages.get(e.labelKey()), Collator.getInstance(messages.locale())))
                    .toArray(n -> Arrays.copyOf(type.getEnumConstants(), n));
        }
        values.addAll(constants);
        box.setItems(values);
        box.setConverter(converter(v -> messages.get(v.labelKey()), noneLabel));
        box.setVisibleRowCount(12);
    }

    /** A converter that shows values by a label and {@code null} as the given label. */
    public static <T> StringConverter<T> converter(Function<T, String> label, String noneLabel) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? (noneLabel == null ? "" : noneLabel) : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null; // these boxes are not editable
            }
        };
    }
}
