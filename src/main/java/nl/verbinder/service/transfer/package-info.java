/**
 * Import and export: partner lists and contact moments as CSV (for Excel and mail merges),
 * contact persons as vCard, open follow-ups as iCalendar, full backups (JSON and a copy of the
 * database file) with their restores, and imports of partner lists, LinkedIn connections and
 * vCards with a preview, duplicate handling, an import record and undo.
 *
 * <p>Long runs take a {@link nl.verbinder.service.transfer.Progress}: it reports how far they
 * are and lets the user cancel. A cancelled import rolls back its one transaction; a cancelled
 * export leaves no file behind (exports are written to a temporary file and moved into place
 * when complete). The window drives them from a JavaFX {@code Task} with
 * {@code Progress.of(this::updateProgress, this::isCancelled)}.
 */
package nl.verbinder.service.transfer;
