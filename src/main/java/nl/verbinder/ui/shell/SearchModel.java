package nl.verbinder.ui.shell;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.verbinder.domain.search.SearchHit;
import nl.verbinder.domain.search.SearchKind;
import nl.verbinder.domain.search.SearchRef;
import nl.verbinder.service.search.SearchService;
import nl.verbinder.ui.area.RecentItems;
import nl.verbinder.ui.area.UiContext;

/**
 * "Zoeken in alles" (Ctrl+K): what is typed, searched in the background as it is typed; a
 * result that arrives after newer typing is dropped. While the field is empty: the partners,
 * goals and notes last opened (here or in their areas). Opening a result goes to its partner,
 * goal or note.
 */
public final class SearchModel {

    private final UiContext context;
    private final StringProperty typed = new SimpleStringProperty("");
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private long asked;

    public SearchModel(UiContext context) {
        this.context = context;
        typed.addListener((obs, old, now) -> search(now));
    }

    public StringProperty typedProperty() {
        return typed;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    /** The words searched for, to mark where they were found. */
    public List<String> words() {
        return SearchService.words(typed.get());
    }

    /** True while the field is empty enough that the hits are the recent items. */
    public boolean showsRecent() {
        return words().isEmpty();
    }

    private void search(String text) {
        long ask = ++asked;
        if (SearchService.words(text).isEmpty()) {
            showRecent(ask);
            return;
        }
        context.run(() -> context.services().search().everything(text), found -> {
            if (ask == asked) {
                hits.setAll(found);
            }
        });
    }

    /** Shows the records last opened (the dialog starts with them, and comes back to them when the field is cleared). */
    public void showRecent() {
        showRecent(++asked);
    }

    private void showRecent(long ask) {
        List<SearchRef> recent = RecentItems.list(context);
        if (recent.isEmpty()) {
            hits.clear();
            return;
        }
        context.run(() -> context.services().search().recent(recent), found -> {
            if (ask == asked) {
                hits.setAll(found);
            }
        });
    }

    /** Goes to where the result lives: its partner (for a partner, person or moment), goal or note. */
    public void open(SearchHit hit) {
        switch (hit.kind()) {
            case PARTNER, CONTACT_PERSON, MOMENT -> {
                RecentItems.opened(context, SearchKind.PARTNER, hit.partnerId());
                context.navigator().showPartner(hit.partnerId());
            }
            case GOAL -> {
                RecentItems.opened(context, SearchKind.GOAL, hit.id());
                context.navigator().showGoal(hit.id());
            }
            case NOTE -> {
                RecentItems.opened(context, SearchKind.NOTE, hit.id());
                context.navigator().showNote(hit.id());
            }
        }
    }
}
