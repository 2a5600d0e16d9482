package nl.verbinder.domain.insight;

import java.time.LocalDate;
import java.util.Locale;
import nl.verbinder.domain.Coded;
import nl.verbinder.domain.attention.AttentionItem;
import nl.verbinder.domain.attention.ReasonCode;

/**
 * How a partner looks on the network map: the attention engine's verdict in three steps.
 *
 * <ul>
 *   <li>{@link #FINE}: the attention engine has no item for the partner;</li>
 *   <li>{@link #URGENT}: an item with a score of at least {@link #URGENT_SCORE} (an active
 *       partner twice past its rhythm, or never contacted for months), or with an overdue
 *       follow-up (a promise to a partner that was not kept);</li>
 *   <li>{@link #ATTENTION}: any other item, and every item a snooze hides on the day: the
 *       practice chose to wait, so it is not urgent, but it is not fine either.</li>
 * </ul>
 */
public enum MapState implements Coded {
    FINE,
    ATTENTION,
    URGENT;

    /** The score from which an item is urgent (see {@link nl.verbinder.domain.attention.Urgency}). */
    public static final int URGENT_SCORE = 60;

    /** The state of a partner whose attention item as of {@code asOf} is {@code item} ({@code null}: none). */
    public static MapState of(AttentionItem item, LocalDate asOf) {
        if (item == null) {
            return FINE;
        }
        if (item.snooze() != null && item.snooze().hides(item.codes(), asOf)) {
            return ATTENTION;
        }
        if (item.score() >= URGENT_SCORE || item.has(ReasonCode.FOLLOW_UP_OVERDUE)) {
            return URGENT;
        }
        return ATTENTION;
    }

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String labelKey() {
        return "ui.network.state." + code();
    }
}
