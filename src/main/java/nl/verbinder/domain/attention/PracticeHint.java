package nl.verbinder.domain.attention;

import java.util.List;

/**
 * A hint about the network as a whole, shown beside the attention list.
 *
 * @param args the arguments of its sentence; coded values (such as environment factors) are
 *             shown with their labels
 */
public record PracticeHint(HintCode code, List<Object> args) implements Explanation {

    public PracticeHint {
        args = List.copyOf(args);
    }
}
