package nl.verbinder.ui.attention;

/**
 * How an item's score is shown: a marker with a colour and a word, so the colour is never the
 * only signal. The bands follow the rules' points: one reason that has just started (a
 * declining or only-asking pattern, a follow-up a few days late) stays below 25; a clearly
 * overdue relationship or two reasons together reach 50.
 */
enum UrgencyLevel {
    FINE("fine"),
    ATTENTION("attention"),
    URGENT("urgent");

    static final int ATTENTION_FROM = 25;
    static final int URGENT_FROM = 50;

    private final String code;

    UrgencyLevel(String code) {
        this.code = code;
    }

    static UrgencyLevel of(int score) {
        return score >= URGENT_FROM ? URGENT : score >= ATTENTION_FROM ? ATTENTION : FINE;
    }

    /** The style class of the marker: {@code urgency-fine}, {@code urgency-attention}, {@code urgency-urgent}. */
    String styleClass() {
        return "urgency-" + code;
    }

    String labelKey() {
        return "attention.view.urgency." + code;
    }
}
