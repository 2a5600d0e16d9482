package nl.verbinder.ui.transfer;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import nl.verbinder.i18n.Messages;

/**
 * The File menu's entries for importing, exporting, the import history, backup and restore:
 * "Importeren" and "Exporteren" as submenus (reachable with the arrow keys), the rest as items.
 */
public final class TransferMenu {

    private TransferMenu() {
    }

    /** The items to put in the File menu, in order. */
    public static List<MenuItem> items(Messages messages, Consumer<TransferAction> actions) {
        Menu imports = new Menu(messages.get("transfer.ui.menu.import"));
        imports.setId("menu-import");
        imports.getItems().addAll(
                item(messages, TransferAction.IMPORT_PARTNERS, actions),
                item(messages, TransferAction.IMPORT_LINKEDIN, actions),
                item(messages, TransferAction.IMPORT_VCARD, actions));
        Menu exports = new Menu(messages.get("transfer.ui.menu.export"));
        exports.setId("menu-export");
        exports.getItems().addAll(
                item(messages, TransferAction.EXPORT_PARTNERS, actions),
                item(messages, TransferAction.EXPORT_MOMENTS, actions),
                item(messages, TransferAction.EXPORT_VCARD, actions),
                item(messages, TransferAction.EXPORT_FOLLOW_UPS, actions));
        return List.of(imports, exports, item(messages, TransferAction.IMPORT_HISTORY, actions), new SeparatorMenuItem(),
                item(messages, TransferAction.BACKUP, actions), item(messages, TransferAction.RESTORE, actions));
    }

    private static MenuItem item(Messages messages, TransferAction action, Consumer<TransferAction> actions) {
        MenuItem item = new MenuItem(messages.get(action.labelKey()));
        item.setId(action.menuId());
        item.setMnemonicParsing(false);
        if (action.key() != null) {
            item.setAccelerator(action.key());
        }
        item.setOnAction(e -> actions.accept(action));
        return item;
    }
}
