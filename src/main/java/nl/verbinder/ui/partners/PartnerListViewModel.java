package nl.verbinder.ui.partners;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerBulkChange;
import nl.verbinder.domain.PartnerDuplicate;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.Debouncer;

/**
 * The partner list: search text and filters in, the matching partners out. Each change of
 * search or filters loads the list again in the background, in one query (owner names, last
 * contacts and counts included); typing waits for a pause first, and a result that arrives
 * after a newer one was asked for is dropped.
 */
public final class PartnerListViewModel {

    private final UiContext context;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final ObjectProperty<PartnerStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Therapist> owner = new SimpleObjectProperty<>();
    private final BooleanProperty attentionOnly = new SimpleBooleanProperty(false);
    private final ObservableList<PartnerRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Therapist> therapists = FXCollections.observableArrayList();
    private final ObservableList<PartnerDuplicate> duplicates = FXCollections.observableArrayList();
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final Debouncer typing;
    private long generation;
    /** The generation of the last list shown: lower than {@link #generation} while a newer one is on its way. */
    private long shownGeneration;
    private int fullLoads;
    private long duplicatesGeneration;
    private Runnable beforeLoad = () -> { };
    private Runnable afterLoad = () -> { };

    public PartnerListViewModel(UiContext context) {
        this.context = context;
        this.typing = new Debouncer(context.typingPause(), this::reloadList);
        search.addListener((obs, old, text) -> typing.trigger());
        category.addListener((obs, old, value) -> reloadList());
        status.addListener((obs, old, value) -> reloadList());
        owner.addListener((obs, old, value) -> reloadList());
        attentionOnly.addListener((obs, old, value) -> reloadList());
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public ObjectProperty<PartnerStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<Therapist> ownerProperty() {
        return owner;
    }

    public BooleanProperty attentionOnlyProperty() {
        return attentionOnly;
    }

    public ObservableList<PartnerRow> rows() {
        return rows;
    }

    public ObservableList<Therapist> therapists() {
        return therapists;
    }

    /** Pairs of partners that look like one organisation. */
    public ObservableList<PartnerDuplicate> duplicates() {
        return duplicates;
    }

    /** How many partners there are (not in the trash), whatever the filters. */
    public IntegerProperty totalProperty() {
        return total;
    }

    /** False until the first load arrived (so the view does not flash "no partners yet"). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Whether a search or a filter narrows the list. */
    public boolean isFiltered() {
        return !search.get().isBlank() || category.get() != null || status.get() != null || owner.get() != null
                || attentionOnly.get();
    }

    public void clearFilters() {
        search.set("");
        category.set(null);
        status.set(null);
        owner.set(null);
        attentionOnly.set(false);
    }

    /**
     * Called just before and just after each list that arrives replaces the rows, so the view
     * can keep its selection across the reload.
     */
    public void onLoad(Runnable before, Runnable after) {
        this.beforeLoad = before;
        this.afterLoad = after;
    }

    /** Loads everything again: the list, the therapists for the owner filter, the duplicates. */
    public void reload() {
        PartnerQuery query = query();
        long mine = ++generation;
        context.run(() -> new Everything(context.services().partners().list(query),
                        context.services().partners().count(PartnerQuery.all()),
                        context.services().therapists().list()),
                everything -> {
                    Therapist chosen = owner.get();
                    therapists.setAll(everything.therapists());
                    if (chosen != null && everything.therapists().stream().noneMatch(t -> t.id().equals(chosen.id()))) {
                        owner.set(null);
                    }
                    total.set(everything.total());
                    if (mine == generation) {
                        publish(everything.partners());
                    }
                });
        // The likely duplicates after the rows, which need not wait for them (a reload after another
        // workstation's change shows the list sooner: docs/performance.md, "Live updates").
        long duplicatesAsked = ++duplicatesGeneration;
        context.run(() -> context.services().partners().likelyDuplicates(), found -> {
            if (duplicatesAsked == duplicatesGeneration) {
                duplicates.setAll(found);
            }
        });
    }

    /**
     * Loads only these partners' rows again (another workstation changed them): each row is
     * replaced, left out when the partner no longer matches the search and filters (or is gone),
     * or added when it now does; the other rows stay as they are. While a whole list is on its
     * way, that list is asked again instead (it may have been read before the change).
     */
    public void reloadRows(Set<Long> ids) {
        if (!loaded.get()) {
            return; // the first list, on its way, will hold them
        }
        if (shownGeneration != generation) {
            reloadList();
            return;
        }
        PartnerQuery query = query().withIds(ids);
        long asked = generation;
        record Changed(List<PartnerOverview> partners, int total) {
        }
        context.run(() -> new Changed(context.services().partners().list(query),
                context.services().partners().count(PartnerQuery.all())), changed -> {
                    total.set(changed.total());
                    if (asked != generation) {
                        return; // a newer whole list is on its way
                    }
                    Map<Long, PartnerOverview> found = new LinkedHashMap<>();
                    changed.partners().forEach(p -> found.put(p.id(), p));
                    beforeLoad.run();
                    for (int i = rows.size() - 1; i >= 0; i--) {
                        long id = rows.get(i).id();
                        if (ids.contains(id)) {
                            PartnerOverview now = found.remove(id);
                            if (now == null) {
                                rows.remove(i);
                            } else {
                                rows.set(i, PartnerRow.of(now, context));
                            }
                        }
                    }
                    found.values().forEach(p -> rows.add(PartnerRow.of(p, context)));
                    afterLoad.run();
                });
    }

    /** How many times a whole list replaced the rows (not counting {@link #reloadRows}): for tests. */
    public int fullLoads() {
        return fullLoads;
    }

    /** Runs a waiting search now (Enter in the search field). */
    public void searchNow() {
        typing.flush();
    }

    private void reloadList() {
        PartnerQuery query = query();
        long mine = ++generation;
        context.run(() -> context.services().partners().list(query), partners -> {
            if (mine == generation) {
                publish(partners);
            }
        });
    }

    private void publish(List<PartnerOverview> partners) {
        List<PartnerRow> next = new ArrayList<>(partners.size());
        for (PartnerOverview overview : partners) {
            next.add(PartnerRow.of(overview, context));
        }
        beforeLoad.run();
        rows.setAll(next);
        shownGeneration = generation;
        fullLoads++;
        loaded.set(true);
        afterLoad.run();
    }

    /** The query of the search and filters as they are now (for exporting what the table shows). */
    PartnerQuery query() {
        PartnerQuery query = PartnerQuery.all().withSearch(search.get());
        if (category.get() != null) {
            query = query.withCategories(Set.of(category.get()));
        }
        if (status.get() != null) {
            query = query.withStatuses(Set.of(status.get()));
        }
        if (owner.get() != null) {
            query = query.withOwner(owner.get().id());
        }
        // The attention engine will say which relationships need attention and why; until
        // then it is the partners whose last contact is longer ago than their rhythm.
        return query.withNeedsAttention(attentionOnly.get());
    }

    private record Everything(List<PartnerOverview> partners, int total, List<Therapist> therapists) {
    }

    // What the list does to partners: trash, restore, change many at once, merge two.

    /** Two partners to merge (the older first) and the therapists to choose an owner from. */
    public record MergeInput(Partner first, Partner second, List<Therapist> therapists) {
    }

    /** Moves these partners to the trash; {@code done} runs once they are there. */
    public void moveToTrash(List<Long> ids, Runnable done) {
        context.run(() -> {
            context.services().partners().moveToTrash(ids);
            return ids;
        }, moved -> done.run());
    }

    /** Takes these partners out of the trash again. */
    public void restore(List<Long> ids, Runnable done) {
        context.run(() -> {
            context.services().partners().restore(ids);
            return ids;
        }, restored -> done.run());
    }

    /** Changes the partners (id to the version the user saw) at once; {@code done} is told how many changed. */
    public void changeMany(Map<Long, Integer> seen, PartnerBulkChange change, IntConsumer done, Runnable reload) {
        context.run(() -> context.services().partners().changeMany(seen, change), done::accept,
                refusal -> refused(refusal, reload));
    }

    /** Loads the two partners to merge, the older first. */
    public void mergeInput(long firstId, long secondId, Consumer<MergeInput> loaded) {
        context.run(() -> new MergeInput(context.services().partners().get(Math.min(firstId, secondId)),
                context.services().partners().get(Math.max(firstId, secondId)),
                context.services().therapists().list()), loaded);
    }

    /** Merges as planned; {@code done} gets the partner that stays. */
    public void merge(MergePartnersDialog.Plan plan, Consumer<Partner> done, Runnable reload) {
        context.run(() -> context.services().partners().merge(plan.kept(), plan.goneId(), plan.goneVersion()), done,
                refusal -> refused(refusal, reload));
    }

    private void refused(VerbinderException refusal, Runnable reload) {
        context.refused(refusal, reload);
    }
}
