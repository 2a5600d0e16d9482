package nl.verbinder.service;

import nl.verbinder.domain.history.Change;

/**
 * One change as the user reads it: who, when (as the user writes dates) and a sentence
 * ("Anna de Vries zette de status van Slapend op Actief").
 */
public record HistoryLine(Change change, String who, String when, String sentence) {

    /** The sentence with its date: "Anna de Vries zette de status van Slapend op Actief, 12-11-2026". */
    public String text() {
        return sentence + ", " + when;
    }
}
