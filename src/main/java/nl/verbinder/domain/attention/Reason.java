package nl.verbinder.domain.attention;

import java.util.List;

/**
 * One reason an item is on the attention list, with the numbers its sentence names and the
 * points it adds to the item's score.
 *
 * @param args   the arguments of the sentence ({@link ReasonCode#messageKey()}), in its order
 * @param points how much this reason adds to the urgency, before the status and trust weights
 */
public record Reason(ReasonCode code, List<Object> args, int points) implements Explanation {

    public Reason {
        args = List.copyOf(args);
    }
}
