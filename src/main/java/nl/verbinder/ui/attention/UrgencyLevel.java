package nl.verbinder.ui.attention;

import java.time.LocalDate;
import nl.verbinder.domain.attention.AttentionItem;
import nl.verbinder.domain.insight.MapState;

/**
 * How an item's urgency is shown: a marker with a colour and a word, so the colour is never the
 * only signal. The level is the network map's and the quarterly report's state of the partner
 * ({@link MapState}), so a partner is "Dringend" in all three places or in none.
 */
enum UrgencyLevel {
    FINE("fine"),
    ATTENTION("attention"),
    URGENT("urgent");

    private final String code;

    UrgencyLevel(String code) {
        this.code = code;
    }

    static UrgencyLevel of(AttentionItem item, LocalDate today) {
        return switch (MapState.of(item, today)) {
            case FINE -> FINE;
            case ATTENTION -> ATTENTION;
            case URGENT -> URGENT;
        };
    }

    /** The style class of the marker: {@code urgency-fine}, {@code urgency-attention}, {@code urgency-urgent}. */
    String styleClass() {
        return "urgency-" + code;
    }

    String code() {
        return code;
    }

    String labelKey() {
        return "attention.view.urgency." + code;
    }
}
