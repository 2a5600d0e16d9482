package nl.verbinder.domain.insight;

/** A shared goal drawn as a line between two of the partners it joins. */
public record MapLink(long goalId, String goalTitle, long fromPartnerId, long toPartnerId) {
}
