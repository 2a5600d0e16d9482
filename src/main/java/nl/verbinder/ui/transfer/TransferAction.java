package nl.verbinder.ui.transfer;

import javafx.scene.input.KeyCombination;

/** What the File menu offers for importing, exporting, backing up and restoring. */
public enum TransferAction {
    IMPORT_PARTNERS("import-partners", "Shortcut+I"),
    IMPORT_LINKEDIN("import-linkedin", null),
    IMPORT_VCARD("import-vcard", null),
    IMPORT_HISTORY("import-history", null),
    EXPORT_PARTNERS("export-partners", null),
    EXPORT_MOMENTS("export-moments", null),
    EXPORT_VCARD("export-vcard", null),
    EXPORT_FOLLOW_UPS("export-follow-ups", null),
    BACKUP("backup", "Shortcut+Shift+B"),
    RESTORE("restore", null);

    private final String code;
    private final String key;

    TransferAction(String code, String key) {
        this.code = code;
        this.key = key;
    }

    /** The menu item's id ({@code menu-import-partners}). */
    public String menuId() {
        return "menu-" + code;
    }

    /** The bundle key of the menu item's text. */
    public String labelKey() {
        return "transfer.ui.menu." + code;
    }

    /** The shortcut, or {@code null}. */
    public KeyCombination key() {
        return key == null ? null : KeyCombination.keyCombination(key);
    }
}
