package nl.verbinder.domain.calendar;

import nl.verbinder.domain.Coded;

/** Why an agenda event was matched to a partner, strongest first. */
public enum MatchRule implements Coded {
    /** An attendee's or the organiser's e-mail address is a contact person's. */
    EMAIL("email"),
    /** An attendee's e-mail domain is the partner's website or e-mail domain. */
    DOMAIN("domain"),
    /** A contact person's name is in the title or location. */
    PERSON_NAME("person-name"),
    /** The partner's name is in the title or location. */
    PARTNER_NAME("partner-name");

    private final String code;

    MatchRule(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String labelKey() {
        return "agenda.match." + code;
    }
}
