package nl.verbinder.ui.transfer;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/** A few options as radio buttons (arrow keys move between them), one chosen. */
final class RadioChoice<T> {

    private final VBox box = new VBox(6);
    private final ToggleGroup group = new ToggleGroup();

    RadioChoice(String id, List<T> values, Function<T, String> label, T chosen) {
        box.setId(id);
        for (T value : values) {
            RadioButton button = new RadioButton(label.apply(value));
            button.setUserData(value);
            button.setToggleGroup(group);
            button.setId(id + "-" + values.indexOf(value));
            button.setSelected(value.equals(chosen));
            box.getChildren().add(button);
        }
    }

    VBox node() {
        return box;
    }

    @SuppressWarnings("unchecked")
    T value() {
        return (T) group.getSelectedToggle().getUserData();
    }

    void select(T value) {
        group.getToggles().stream().filter(t -> value.equals(t.getUserData())).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }
}
