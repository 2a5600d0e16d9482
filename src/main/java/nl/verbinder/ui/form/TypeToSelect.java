package nl.verbinder.ui.form;

import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyEvent;
import nl.verbinder.domain.Texts;

/**
 * In a closed combo box, typing the first letters of a choice picks it ("t" for Telefoon),
 * so a form can be filled without opening the list or touching the mouse.
 */
public final class TypeToSelect {

    private TypeToSelect() {
    }

    public static <T> void install(ComboBox<T> box) {
        StringBuilder typed = new StringBuilder();
        long[] last = {0};
        box.addEventHandler(KeyEvent.KEY_TYPED, event -> {
            String character = event.getCharacter();
            if (character.isEmpty() || Character.isISOControl(character.charAt(0)) || event.isShortcutDown()) {
                return;
            }
            long now = System.nanoTime();
            if (now - last[0] > 1_000_000_000L) {
                typed.setLength(0);
            }
            last[0] = now;
            typed.append(character);
            String wanted = Texts.fold(typed.toString());
            for (T item : box.getItems()) {
                if (item != null && Texts.fold(box.getConverter().toString(item)).startsWith(wanted)) {
                    box.setValue(item);
                    event.consume();
                    return;
                }
            }
        });
    }
}
