package nl.verbinder.domain.attention;

import java.util.List;

/**
 * One reason a network is on the attention list, with the numbers its sentence names and the
 * points it adds to the network's score (as {@link Reason} for partners).
 */
public record NetworkReason(NetworkReasonCode code, List<Object> args, int points) implements Explanation {

    public NetworkReason {
        args = List.copyOf(args);
    }
}
