package nl.verbinder.ui.transfer;

import nl.verbinder.service.transfer.imports.RowAction;

/**
 * One row of the import preview as the table shows it, texts prepared by the view model.
 *
 * @param row       the row number as the spreadsheet shows it (or the card's number)
 * @param action    what will happen, chosen or by default
 * @param duplicate whether the user can choose to skip or merge it
 * @param invalid   whether the row has errors (it is skipped)
 */
record PreviewRow(int row, String name, RowAction action, String actionText, String match, String problems,
                  boolean duplicate, boolean invalid) {
}
