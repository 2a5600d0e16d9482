package nl.verbinder.ui.form;

import javafx.scene.TraversalDirection;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * In a form, Tab in a text area moves to the next field (as in a text field) instead of
 * typing a tab; Shift+Tab goes back. Keyboard-only users need this to get through a form.
 */
public final class TabMovesFocus {

    private TabMovesFocus() {
    }

    public static void install(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown() && !event.isAltDown()) {
                event.consume();
                area.requestFocusTraversal(event.isShiftDown() ? TraversalDirection.PREVIOUS : TraversalDirection.NEXT);
            }
        });
    }
}
