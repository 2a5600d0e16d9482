package nl.verbinder.cli;

import java.util.ArrayList;
import java.util.List;
import nl.verbinder.domain.Coded;
import nl.verbinder.i18n.Messages;

/**
 * The values an option accepts, as an argument of an error message: said as labels in the
 * user's language when the message is written ("huisarts, diëtist, ..." in a Dutch message),
 * since the labels are accepted as well as the codes.
 */
record Choices(Class<? extends Coded> type) {

    String labels(Messages messages) {
        List<String> labels = new ArrayList<>();
        for (Coded value : type.getEnumConstants()) {
            labels.add(messages.get(value.labelKey()).toLowerCase(messages.locale()));
        }
        return String.join(", ", labels);
    }

    /** The message arguments with every {@code Choices} said in the user's language. */
    static Object[] localize(Messages messages, List<Object> args) {
        Object[] out = args.toArray();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Choices choices) {
                out[i] = choices.labels(messages);
            }
        }
        return out;
    }
}
