package nl.verbinder.domain.attention;

import java.util.List;

/**
 * A reason or a hint as the attention list says it: its code and the arguments of the sentence
 * that explains it ({@link AttentionCode#messageKey()}), in the sentence's order.
 */
public interface Explanation {

    AttentionCode code();

    /** The arguments of the sentence; coded values (such as environment factors) are shown with their labels. */
    List<Object> args();

    default String messageKey() {
        return code().messageKey();
    }
}
