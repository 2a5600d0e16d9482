package nl.verbinder.ui.attention;

import nl.verbinder.domain.attention.HintCode;

/** A practice-level hint beside the list: its title and its sentence, in the user's language. */
record HintRow(HintCode code, String title, String message) {
}
