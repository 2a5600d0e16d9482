package nl.verbinder.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import nl.verbinder.ui.fx.Icons;
import org.kordamp.ikonli.Ikon;

/**
 * One verb of the menu as an object (JabRef's command with an executable binding): its id,
 * text, key and icon, what it does, and when it can be done. Made in {@link MenuActions}.
 */
public record MenuAction(String id, String text, KeyCombination key, Ikon icon, Runnable command,
                         ObservableBooleanValue executable) {

    public static MenuAction of(String id, String text, Runnable command) {
        return new MenuAction(id, text, null, null, command, null);
    }

    public MenuAction key(String combination) {
        return new MenuAction(id, text, KeyCombination.keyCombination(combination), icon, command, executable);
    }

    public MenuAction key(KeyCombination combination) {
        return new MenuAction(id, text, combination, icon, command, executable);
    }

    public MenuAction icon(Ikon newIcon) {
        return new MenuAction(id, text, key, newIcon, command, executable);
    }

    /** Only while this is true can the verb be chosen. */
    public MenuAction executableWhen(ObservableBooleanValue condition) {
        return new MenuAction(id, text, key, icon, command, condition);
    }

    public void execute() {
        if (executable == null || executable.get()) {
            command.run();
        }
    }

    public MenuItem item() {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(false);
        if (key != null) {
            item.setAccelerator(key);
        }
        if (icon != null) {
            item.setGraphic(Icons.of(icon, 16));
        }
        if (executable != null) {
            item.disableProperty().bind(Bindings.not(executable));
        }
        item.setOnAction(e -> execute());
        return item;
    }
}
