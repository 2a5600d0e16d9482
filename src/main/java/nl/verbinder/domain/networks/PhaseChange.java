package nl.verbinder.domain.networks;

import java.time.LocalDate;

/** A network entered this phase on this day; a network's history is a list of these, oldest first. */
public record PhaseChange(NetworkPhase phase, LocalDate since) {
}
