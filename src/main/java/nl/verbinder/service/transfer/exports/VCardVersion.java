package nl.verbinder.service.transfer.exports;

import java.util.Optional;

/** The vCard version an export writes. */
public enum VCardVersion {
    /** vCard 3.0: what Google Contacts, Apple Contacts and Outlook read. The default. */
    V3("3.0", ezvcard.VCardVersion.V3_0),
    /** vCard 4.0, on request. */
    V4("4.0", ezvcard.VCardVersion.V4_0);

    private final String number;
    private final ezvcard.VCardVersion library;

    VCardVersion(String number, ezvcard.VCardVersion library) {
        this.number = number;
        this.library = library;
    }

    public String number() {
        return number;
    }

    ezvcard.VCardVersion library() {
        return library;
    }

    /** The version for "3", "3.0", "4" or "4.0"; empty otherwise. */
    public static Optional<VCardVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip()) {
            case "3", "3.0" -> Optional.of(V3);
            case "4", "4.0" -> Optional.of(V4);
            default -> Optional.empty();
        };
    }
}
