package nl.verbinder.domain.attention;

/** What the practice's network as a whole lacks. Stable codes, as {@link ReasonCode}. */
public enum HintCode implements AttentionCode {
    /** No health insurer and no municipality among the active partners: nobody to finance an innovation. */
    MISSING_FINANCIER,
    /** No active patient organisation: the patient's voice is missing. */
    MISSING_PATIENT_VOICE,
    /** Core factors of the environment analysis without any note. */
    ENVIRONMENT_GAP,
    /** Contact persons kept longer than the practice's retention setting (GDPR): to review. */
    PRIVACY_RETENTION;

    @Override
    public String keyPrefix() {
        return "attention.hint.";
    }
}
