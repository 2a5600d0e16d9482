package nl.verbinder.ui.form;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One choice in a list of check boxes (a therapist who took part, a goal a moment served). */
public final class CheckOption {

    private final long id;
    private final String label;
    private final BooleanProperty chosen = new SimpleBooleanProperty();

    public CheckOption(long id, String label, boolean chosen) {
        this.id = id;
        this.label = label;
        this.chosen.set(chosen);
    }

    public long id() {
        return id;
    }

    public String label() {
        return label;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    public boolean isChosen() {
        return chosen.get();
    }

    @Override
    public String toString() {
        return label;
    }
}
