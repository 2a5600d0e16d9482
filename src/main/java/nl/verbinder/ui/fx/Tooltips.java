package nl.verbinder.ui.fx;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the mouse first comes over their control instead of with the window: a
 * {@link Tooltip} is a popup window of its own, and the ~20 of the first frame cost about a
 * tenth of building it. The user sees the same: a tooltip only ever shows after the mouse has
 * come over its control. Screen readers get the text at once, as {@code accessibleHelp}
 * (what a control reads out from its tooltip otherwise).
 */
public final class Tooltips {

    private Tooltips() {
    }

    /** Gives {@code control} a tooltip with this text from the moment the mouse first enters it. */
    public static void onHover(Control control, String text) {
        control.setAccessibleHelp(text);
        EventHandler<MouseEvent> first = new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(new Tooltip(text));
                }
            }
        };
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, first);
    }
}
