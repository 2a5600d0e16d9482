package nl.verbinder.ui.area;

import java.util.Optional;
import javafx.scene.Node;
import nl.verbinder.ui.fx.TaskRunner;

/**
 * One area of the window (Partners, Contactmomenten, ...). Each lives in its own package
 * {@code ui/<area>/} as a view that builds its nodes and a view model that holds its state
 * and calls the services through the {@link TaskRunner}. A new instance is made for every
 * scene build (language change, other database).
 */
public interface AreaView {

    /** The area's root node; built once. */
    Node node();

    /** Called each time the user opens the area: reload what may have changed. */
    void shown();

    /** Whether the user may leave the area now; asks about unsaved changes. */
    default boolean mayLeave() {
        return true;
    }

    /** The partner a contact moment logged now (Ctrl+L) is for, when the area has one chosen. */
    default Optional<Long> partnerToLogFor() {
        return Optional.empty();
    }
}
