package nl.verbinder.ui.history;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.verbinder.service.HistoryLine;
import nl.verbinder.service.HistoryService;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.UiContext;

/**
 * The partner's Geschiedenis tab: its changes, newest first, as sentences. Loads when asked
 * for a partner, and again when something of the partner changed while it is shown.
 */
public final class PartnerHistoryViewModel {

    private final UiContext context;
    private final ObservableList<HistoryLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper();
    /** How many of the newest changes are shown: a page at first, a page more per {@link #showOlder()}. */
    private int shown = HistoryService.PAGE;
    private Long partnerId;
    private long generation;

    public PartnerHistoryViewModel(UiContext context) {
        this.context = context;
        context.changes().listen(() -> {
            if (partnerId != null && loaded.get()) {
                load(partnerId);
            }
        }, Changes.Topic.PARTNERS, Changes.Topic.CONTACT_PERSONS, Changes.Topic.MOMENTS, Changes.Topic.GOALS,
                Changes.Topic.ENVIRONMENT);
    }

    public ObservableList<HistoryLine> lines() {
        return lines;
    }

    /** True once the lines of the current partner are there (so "no changes" can be told from "loading"). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** True when the partner has older changes than those shown. */
    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    /** Loads the partner's history in the background; a later call wins over an earlier one. */
    public void load(long partner) {
        long mine = ++generation;
        if (partnerId == null || partnerId != partner) {
            lines.clear();
            loaded.set(false);
            more.set(false);
            shown = HistoryService.PAGE;
        }
        partnerId = partner;
        var messages = context.messages();
        int limit = shown;
        context.run(() -> {
            var history = context.services().history();
            // One more than shown tells whether there are older ones.
            return history.readable(history.forPartner(partner, null, limit + 1), messages);
        }, found -> {
            if (mine == generation) {
                lines.setAll(found.size() > limit ? found.subList(0, limit) : found);
                more.set(found.size() > limit);
                loaded.set(true);
            }
        });
    }

    /** Shows a page of older changes as well. */
    public void showOlder() {
        if (partnerId != null && more.get()) {
            shown += HistoryService.PAGE;
            load(partnerId);
        }
    }

    /** Forgets the partner (a new partner is being made). */
    public void clear() {
        generation++;
        partnerId = null;
        lines.clear();
        loaded.set(false);
        more.set(false);
        shown = HistoryService.PAGE;
    }
}
