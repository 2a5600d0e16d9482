package nl.verbinder.ui.form;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * Lays out form fields in a grid of one or more columns and shows each field's error from a
 * view model's error map (see {@link LiveValidation}).
 */
public final class Form {

    private final GridPane grid = new GridPane();
    private final List<FormField<?>> fields = new ArrayList<>();
    private final int columns;
    private int column;
    private int row;

    public Form(int columns) {
        this.columns = columns;
        grid.setHgap(16);
        grid.setVgap(10);
        for (int i = 0; i < columns; i++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(100.0 / columns);
            constraints.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(constraints);
        }
    }

    /** Adds a field in the next cell. */
    public Form add(FormField<?> field) {
        return add(field, 1);
    }

    /** Adds a field spanning this many columns (starting a new row if it does not fit). */
    public Form add(FormField<?> field, int span) {
        if (column + span > columns) {
            newRow();
        }
        grid.add(field.node(), column, row, span, 1);
        fields.add(field);
        column += span;
        if (column >= columns) {
            newRow();
        }
        return this;
    }

    public Form newRow() {
        if (column > 0) {
            row++;
            column = 0;
        }
        return this;
    }

    public GridPane node() {
        return grid;
    }

    public List<FormField<?>> fields() {
        return fields;
    }

    /** Shows the errors of the map next to their fields, now and whenever they change. */
    public void showErrors(ObservableMap<String, String> errors) {
        for (FormField<?> field : fields) {
            field.showError(errors.get(field.name()));
        }
        errors.addListener((MapChangeListener<String, String>) change -> {
            for (FormField<?> field : fields) {
                if (field.name().equals(change.getKey())) {
                    field.showError(change.wasAdded() ? change.getValueAdded() : null);
                }
            }
        });
    }
}
