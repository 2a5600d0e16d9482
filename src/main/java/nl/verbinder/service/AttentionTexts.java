package nl.verbinder.service;

import java.util.List;
import java.util.stream.Collectors;
import nl.verbinder.domain.Coded;
import nl.verbinder.domain.attention.Explanation;
import nl.verbinder.i18n.Messages;

/**
 * Says attention reasons and hints in the user's language, with their numbers: "laatste
 * contact 143 dagen geleden, ritme 90 dagen". For the window and the command line alike.
 */
public final class AttentionTexts {

    private AttentionTexts() {
    }

    /** The sentence of a partner's or a network's reason, or of a hint about the whole network. */
    public static String sentence(Messages messages, Explanation explanation) {
        return messages.get(explanation.messageKey(), localized(messages, explanation.args()));
    }

    /** Coded values become their labels, lists of them a comma-separated list; dates are left to Messages. */
    private static Object[] localized(Messages messages, List<Object> args) {
        Object[] out = new Object[args.size()];
        for (int i = 0; i < out.length; i++) {
            Object arg = args.get(i);
            if (arg instanceof Coded coded) {
                out[i] = messages.get(coded.labelKey());
            } else if (arg instanceof List<?> list) {
                out[i] = list.stream()
                        .map(x -> x instanceof Coded c ? messages.get(c.labelKey()) : String.valueOf(x))
                        .collect(Collectors.joining(", "));
            } else {
                out[i] = arg;
            }
        }
        return out;
    }
}
