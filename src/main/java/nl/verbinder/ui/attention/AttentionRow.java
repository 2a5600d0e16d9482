package nl.verbinder.ui.attention;

import java.util.List;
import nl.verbinder.domain.attention.AttentionItem;

/**
 * One item of the attention list as the view shows it, with every text already in the user's
 * language (made in the background, so a cell only sets texts).
 *
 * @param lastContact the date of the last contact moment, or "nooit"
 * @param meta        category, owner and last contact in one line
 * @param reasons     each reason's sentence, most points first
 * @param snooze      what the item's snooze says ("Uitgesteld tot ..."), or {@code null} without one
 */
record AttentionRow(AttentionItem item, String name, String category, String owner, String lastContact,
                    String meta, UrgencyLevel level, String levelText, List<String> reasons, String snooze) {

    AttentionRow {
        reasons = List.copyOf(reasons);
    }

    long id() {
        return item.partnerId();
    }
}
