package nl.verbinder.domain.calendar;

/**
 * One reason an event matched: the rule, and what matched (the e-mail address, the domain,
 * or the name as the partner or contact person has it).
 */
public record MatchReason(MatchRule rule, String matched) {
}
