package nl.verbinder.domain.attention;

import nl.verbinder.domain.Coded;

/**
 * A code on the attention list: why a partner or a network is on it ({@link ReasonCode},
 * {@link NetworkReasonCode}) or what the network as a whole lacks ({@link HintCode}). The
 * stable code is the constant's name; its label and the sentence that explains it with its
 * numbers are bundle keys under one prefix ({@code attention.reason.OVERDUE} and
 * {@code attention.reason.OVERDUE.message}).
 */
public interface AttentionCode extends Coded {

    /** The constant's name, as its enum gives it. */
    String name();

    /** The prefix of the bundle keys: {@code attention.reason.} or {@code attention.hint.}. */
    String keyPrefix();

    @Override
    default String code() {
        return name();
    }

    @Override
    default String labelKey() {
        return keyPrefix() + name();
    }

    /** The bundle key of the sentence that explains this code with its numbers. */
    default String messageKey() {
        return labelKey() + ".message";
    }
}
