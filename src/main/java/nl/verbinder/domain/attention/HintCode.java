package nl.verbinder.domain.attention;

import nl.verbinder.domain.Coded;

/** What the practice's network as a whole lacks. Stable codes, as {@link ReasonCode}. */
public enum HintCode implements Coded {
    /** No health insurer and no municipality among the active partners: nobody to finance an innovation. */
    MISSING_FINANCIER,
    /** No active patient organisation: the patient's voice is missing. */
    MISSING_PATIENT_VOICE,
    /** Core factors of the environment analysis without any note. */
    ENVIRONMENT_GAP,
    /** Contact persons kept longer than the practice's retention setting (GDPR): to review. */
    PRIVACY_RETENTION;

    @Override
    public String code() {
        return name();
    }

    @Override
    public String labelKey() {
        return "attention.hint." + name();
    }

    public String messageKey() {
        return "attention.hint." + name() + ".message";
    }
}
