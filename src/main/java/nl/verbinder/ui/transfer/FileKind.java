package nl.verbinder.ui.transfer;

import java.util.List;

/** The kinds of file the import, export and backup dialogs let the user choose, with their extensions. */
public enum FileKind {
    CSV("transfer.ui.file.csv", List.of("*.csv", "*.txt")),
    VCARD("transfer.ui.file.vcard", List.of("*.vcf", "*.vcard")),
    CALENDAR("transfer.ui.file.calendar", List.of("*.ics")),
    BACKUP("transfer.ui.file.backup", List.of("*.json", "*.db", "*.sqlite", "*.sqlite3")),
    JSON("transfer.ui.file.json", List.of("*.json")),
    DATABASE("transfer.ui.file.database", List.of("*.db")),
    PDF("transfer.ui.file.pdf", List.of("*.pdf"));

    private final String labelKey;
    private final List<String> patterns;

    FileKind(String labelKey, List<String> patterns) {
        this.labelKey = labelKey;
        this.patterns = patterns;
    }

    /** The bundle key of the chooser's filter name ("CSV-bestanden"). */
    public String labelKey() {
        return labelKey;
    }

    /** The file name patterns of the chooser's filter ({@code *.csv}). */
    public List<String> patterns() {
        return patterns;
    }
}
