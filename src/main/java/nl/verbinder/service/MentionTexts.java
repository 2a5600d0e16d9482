package nl.verbinder.service;

import nl.verbinder.domain.Mention;
import nl.verbinder.i18n.Messages;

/** A mention's record and field as the user knows them, for the inzage, its PDF and the command line. */
public final class MentionTexts {

    private MentionTexts() {
    }

    /** "Contactmoment 2026-03-02 · Huisarts Oost · Samenvatting". */
    public static String where(Messages m, Mention mention) {
        String record = m.has("mention.record." + mention.recordType())
                ? m.get("mention.record." + mention.recordType()) : mention.recordType();
        return record + " " + mention.recordLabel() + " · " + field(m, mention.field());
    }

    /** The field's label: {@code mention.field.<column>}, else {@code field.<camelCase>}, else the column. */
    public static String field(Messages m, String column) {
        if (m.has("mention.field." + column)) {
            return m.get("mention.field." + column);
        }
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        String key = "field." + camel;
        return m.has(key) ? m.get(key) : column;
    }
}
