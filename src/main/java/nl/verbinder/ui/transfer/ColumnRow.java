package nl.verbinder.ui.transfer;

/**
 * One column of a partner list on the mapping step.
 *
 * @param index  the column's position, from 0
 * @param header the header as in the file
 * @param sample the first value in the column, to recognise it by
 * @param known  whether the header was recognised (otherwise the user is told it is unknown)
 */
record ColumnRow(int index, String header, String sample, boolean known) {
}
