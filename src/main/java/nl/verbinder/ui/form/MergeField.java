package nl.verbinder.ui.form;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.Property;

/**
 * One field of a form, as the merge after an edit conflict sees it: its value in the form now
 * (mine), its value in a stored record (theirs, and the version the form started from), and how
 * to put a value back. A form lists its fields once ({@link FormModel#mergeFields()}); the merge
 * itself is the same for every form.
 *
 * @param <D> the record the form edits
 */
public final class MergeField<D> {

    private final String name;
    private final String labelKey;
    private final Supplier<Object> current;
    private final Consumer<Object> put;
    private final Function<D, Object> stored;
    private final Function<Object, String> shown;

    @SuppressWarnings("unchecked")
    private <T> MergeField(String name, String labelKey, Supplier<T> current, Consumer<T> put, Function<D, T> stored,
                           Function<T, String> shown) {
        this.name = name;
        this.labelKey = labelKey;
        this.current = current::get;
        this.put = value -> put.accept((T) value);
        this.stored = stored::apply;
        this.shown = shown == null ? null : value -> shown.apply((T) value);
    }

    /** A field held in one property, labelled {@code field.<name>}, whose value in a record {@code stored} reads as the form shows it. */
    public static <D, T> MergeField<D> of(String name, Property<T> property, Function<D, T> stored) {
        return new MergeField<>(name, "field." + name, property::getValue, property::setValue, stored, null);
    }

    /** As {@link #of(String, Property, Function)}, with a label key of its own. */
    public static <D, T> MergeField<D> of(String name, String labelKey, Property<T> property, Function<D, T> stored) {
        return new MergeField<>(name, labelKey, property::getValue, property::setValue, stored, null);
    }

    /** A field that is not one property (a check list): how to read it, put it back, and show it. */
    public static <D, T> MergeField<D> of(String name, String labelKey, Supplier<T> current, Consumer<T> put,
                                          Function<D, T> stored, Function<T, String> shown) {
        return new MergeField<>(name, labelKey, current, put, stored, shown);
    }

    public String name() {
        return name;
    }

    public String labelKey() {
        return labelKey;
    }

    Object current() {
        return current.get();
    }

    void put(Object value) {
        put.accept(value);
    }

    Object in(D record) {
        return record == null ? null : stored.apply(record);
    }

    /** The value as the merge dialog shows it, or {@code null} to show it the common way. */
    String shown(Object value) {
        return shown == null ? null : shown.apply(value);
    }
}
