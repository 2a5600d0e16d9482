package nl.verbinder.ui.transfer;

/**
 * One import in the history, texts prepared by the view model.
 *
 * @param undoable whether "Ongedaan maken" is offered (not yet undone)
 */
record HistoryRow(long id, String when, String file, String source, String created, String changed, String state,
                  boolean undoable) {
}
