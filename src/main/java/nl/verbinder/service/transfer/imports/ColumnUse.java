package nl.verbinder.service.transfer.imports;

import nl.verbinder.service.transfer.PartnerColumn;

/**
 * A column of a partner list and the field it goes into.
 *
 * @param index  the column's position, from 0
 * @param header the column's header as in the file
 * @param field  the field, or {@code null} when the column is not imported
 */
public record ColumnUse(int index, String header, PartnerColumn field) {
}
