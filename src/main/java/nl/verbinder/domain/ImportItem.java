package nl.verbinder.domain;

import java.util.List;

/**
 * What one import did to one record: created it, or filled in some of its empty fields.
 *
 * @param filledFields the fields the import filled in (field names as in {@link FieldError}); empty for created records
 * @param versionAfter the record's version right after the import; an undo requires it unchanged
 */
public record ImportItem(ImportedEntity entity, long entityId, Action action, List<String> filledFields,
                         int versionAfter) {

    /** Created, or filled in. */
    public enum Action implements Coded {
        CREATED("created"),
        FILLED("filled");

        private final String code;

        Action(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String labelKey() {
            return "transfer.import-action." + code;
        }
    }

    public ImportItem {
        filledFields = filledFields == null ? List.of() : List.copyOf(filledFields);
    }

    public static ImportItem created(ImportedEntity entity, long id, int versionAfter) {
        return new ImportItem(entity, id, Action.CREATED, List.of(), versionAfter);
    }

    public static ImportItem filled(ImportedEntity entity, long id, List<String> fields, int versionAfter) {
        return new ImportItem(entity, id, Action.FILLED, fields, versionAfter);
    }
}
