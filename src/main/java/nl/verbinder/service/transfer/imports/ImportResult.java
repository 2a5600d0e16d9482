package nl.verbinder.service.transfer.imports;

import nl.verbinder.domain.ImportItem;
import nl.verbinder.domain.ImportRecord;
import nl.verbinder.domain.ImportedEntity;

/**
 * What an import did.
 *
 * @param record the import as recorded (for undo), or {@code null} when it changed nothing
 */
public record ImportResult(ImportRecord record, int partnersCreated, int partnersFilled, int personsCreated,
                           int personsFilled, int rowsSkipped) {

    static ImportResult of(ImportRecord record, int rowsSkipped) {
        if (record == null) {
            return new ImportResult(null, 0, 0, 0, 0, rowsSkipped);
        }
        return new ImportResult(record,
                (int) record.count(ImportedEntity.PARTNER, ImportItem.Action.CREATED),
                (int) record.count(ImportedEntity.PARTNER, ImportItem.Action.FILLED),
                (int) record.count(ImportedEntity.CONTACT_PERSON, ImportItem.Action.CREATED),
                (int) record.count(ImportedEntity.CONTACT_PERSON, ImportItem.Action.FILLED),
                rowsSkipped);
    }
}
