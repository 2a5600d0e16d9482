package nl.verbinder.ui.attention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.domain.attention.AttentionItem;
import nl.verbinder.domain.attention.Reason;
import nl.verbinder.domain.attention.Snooze;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.AttentionTexts;

/**
 * One item of the attention list as the view shows it, with its texts in the user's language.
 * The texts are made the first time a cell asks for them and then kept: with thousands of
 * items only the few on screen are ever formatted, so a reload costs the engine's call and
 * little more.
 */
final class AttentionRow {

    private final AttentionItem item;
    private final Messages messages;
    private final boolean snoozedList;
    private final LocalDate today;
    private Texts texts;

    /**
     * @param snoozedList whether the item is on the list of snoozed items (its snooze hides it)
     *                    rather than back on the list
     * @param today       the day the list was computed for
     */
    AttentionRow(AttentionItem item, Messages messages, boolean snoozedList, LocalDate today) {
        this.item = item;
        this.messages = messages;
        this.snoozedList = snoozedList;
        this.today = today;
    }

    /**
     * @param lastContact the date of the last contact moment, or "nooit"
     * @param meta        category, owner and last contact in one line
     * @param reasons     each reason's sentence, most points first
     * @param snooze      what the item's snooze says ("Uitgesteld tot ..."), or {@code null} without one
     */
    private record Texts(String category, String owner, String lastContact, String meta, String level,
                         List<String> reasons, String snooze) {
    }

    AttentionItem item() {
        return item;
    }

    long id() {
        return item.partnerId();
    }

    String name() {
        return item.partnerName();
    }

    UrgencyLevel level() {
        return UrgencyLevel.of(item, today);
    }

    String category() {
        return texts().category();
    }

    String owner() {
        return texts().owner();
    }

    String lastContact() {
        return texts().lastContact();
    }

    String meta() {
        return texts().meta();
    }

    String levelText() {
        return texts().level();
    }

    List<String> reasons() {
        return texts().reasons();
    }

    String snooze() {
        return texts().snooze();
    }

    private Texts texts() {
        if (texts == null) {
            texts = format();
        }
        return texts;
    }

    private Texts format() {
        List<String> reasons = new ArrayList<>(item.reasons().size());
        for (Reason reason : item.reasons()) {
            reasons.add(AttentionTexts.sentence(messages, reason));
        }
        String snooze = null;
        if (item.snooze() != null) {
            Snooze s = item.snooze();
            String key = snoozedList ? "attention.view.snooze.until" : "attention.view.snooze.back";
            snooze = messages.get(key, messages.date(s.until()));
            if (s.note() != null && !s.note().isBlank()) {
                snooze = snooze + " — " + s.note();
            }
        }
        String category = messages.get(item.category().labelKey());
        String owner = item.ownerName() == null ? messages.get("attention.view.owner.none") : item.ownerName();
        String last = item.lastContact() == null ? messages.get("attention.view.never")
                : messages.date(item.lastContact());
        return new Texts(category, owner, last, messages.get("attention.view.meta", category, owner, last),
                messages.get(level().labelKey()), List.copyOf(reasons), snooze);
    }

    @Override
    public String toString() {
        return name();
    }
}
