package nl.verbinder.domain;

/** Where an import came from: which kind of file, read which way. */
public enum ImportSource implements Coded {
    PARTNERS_CSV("partners-csv"),
    LINKEDIN("linkedin"),
    VCARD("vcard"),
    CALENDAR("calendar");

    private final String code;

    ImportSource(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String labelKey() {
        return "transfer.import-source." + code;
    }
}
