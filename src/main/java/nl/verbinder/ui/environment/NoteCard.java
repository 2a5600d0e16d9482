package nl.verbinder.ui.environment;

import nl.verbinder.domain.EnvironmentNote;

/**
 * An environment note as the list shows it.
 *
 * @param meta where and when: "Kruiskamp · 19-10-2025 · allecijfers.nl"
 */
record NoteCard(EnvironmentNote note, String meta) {
}
