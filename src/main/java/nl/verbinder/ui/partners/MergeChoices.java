package nl.verbinder.ui.partners;

import atlantafx.base.theme.Styles;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.Labels;

/**
 * The body of a merge dialog: per field the two values side by side, and the user picks the
 * one that stays. Fields where both agree (or one is empty) need no choice and show the value
 * that stays; long texts can also keep both.
 */
final class MergeChoices {

    private final GridPane grid = new GridPane();
    private final UiContext context;
    private int row = 1;

    MergeChoices(UiContext context, String firstTitle, String secondTitle) {
        this.context = context;
        grid.setHgap(16);
        grid.setVgap(8);
        ColumnConstraints label = new ColumnConstraints(150);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        value.setPercentWidth(40);
        grid.getColumnConstraints().addAll(label, value, value);
        Label first = new Label(firstTitle);
        Label second = new Label(secondTitle);
        for (Label heading : new Label[] {first, second}) {
            heading.getStyleClass().add(Styles.TEXT_BOLD);
            heading.setWrapText(true);
        }
        grid.add(first, 1, 0);
        grid.add(second, 2, 0);
    }

    GridPane node() {
        return grid;
    }

    /** A field with a value on each side; returns what the user chose. */
    <T> Supplier<T> field(String label, T first, T second, Function<T, String> show) {
        Label name = fieldLabel(label);
        grid.add(name, 0, row);
        if (Objects.equals(first, second) || second == null || first == null) {
            T only = first != null ? first : second;
            Label value = Labels.wrapped(only == null ? "—" : show.apply(only), Styles.TEXT_MUTED);
            grid.add(value, 1, row, 2, 1);
            row++;
            return () -> only;
        }
        ToggleGroup group = new ToggleGroup();
        RadioButton a = radio(show.apply(first), group);
        RadioButton b = radio(show.apply(second), group);
        a.setSelected(true);
        grid.add(a, 1, row);
        grid.add(b, 2, row);
        row++;
        return () -> b.isSelected() ? second : first;
    }

    Supplier<String> text(String label, String first, String second) {
        return field(label, blankToNull(first), blankToNull(second), s -> s);
    }

    /** A long text: either side, or both one after the other. */
    Supplier<String> longText(String label, String first, String second) {
        String a = blankToNull(first);
        String b = blankToNull(second);
        if (a == null || b == null || a.equals(b)) {
            return text(label, a, b);
        }
        grid.add(fieldLabel(label), 0, row);
        ToggleGroup group = new ToggleGroup();
        RadioButton left = radio(a, group);
        RadioButton right = radio(b, group);
        RadioButton both = radio(context.text("ui.merge.both"), group);
        both.setSelected(true);
        grid.add(left, 1, row);
        grid.add(right, 2, row);
        grid.add(both, 1, row + 1, 2, 1);
        row += 2;
        return () -> left.isSelected() ? a : right.isSelected() ? b : a + "\n\n" + b;
    }

    private static Label fieldLabel(String text) {
        return Labels.wrapped(text, Styles.TEXT_MUTED);
    }

    private static RadioButton radio(String text, ToggleGroup group) {
        RadioButton button = new RadioButton(text);
        button.setToggleGroup(group);
        button.setWrapText(true);
        button.setMaxWidth(Double.MAX_VALUE);
        return button;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
