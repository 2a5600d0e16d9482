package nl.verbinder.ui.attention;

import java.util.List;
import nl.verbinder.domain.attention.NetworkSnooze;

/** A network beside the list that needs attention: its name, our role, and each reason's title and sentence. */
public record NetworkAttentionRow(long networkId, String name, String role, List<String> titles, List<String> messages,
                                  NetworkSnooze snooze) {

    public NetworkAttentionRow {
        titles = List.copyOf(titles);
        messages = List.copyOf(messages);
    }
}
