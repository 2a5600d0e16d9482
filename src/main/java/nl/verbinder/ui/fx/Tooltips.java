package nl.verbinder.ui.fx;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the mouse first comes over their control instead of with the window: a
 * {@link Tooltip} is a popup window of its own, and the ~15 of the first frame cost about a
 * tenth of building it (most of that for the first one made). The user sees the same: a
 * tooltip only ever shows after the mouse has come over its control. Screen readers get the
 * text at once, as {@code accessibleHelp} (what a control reads out from its tooltip otherwise).
 */
public final class Tooltips {

    private Tooltips() {
    }

    /** Where the text waits for the first hover, in the control's properties. */
    private static final String TEXT = Tooltips.class.getName() + ".text";

    /**
     * Gives {@code control} a tooltip with this text from the moment the mouse first enters it.
     * Called again, the new text replaces the old one, shown or not yet.
     */
    public static void onHover(Control control, String text) {
        control.setAccessibleHelp(text);
        if (control.getTooltip() != null) {
            control.getTooltip().setText(text);
            return;
        }
        if (control.getProperties().put(TEXT, text) != null) {
            return; // the first hover makes it, with this text
        }
        EventHandler<MouseEvent> first = new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Object waiting = control.getProperties().remove(TEXT);
                if (control.getTooltip() == null && waiting != null) {
                    control.setTooltip(new Tooltip(waiting.toString()));
                }
            }
        };
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, first);
    }
}
