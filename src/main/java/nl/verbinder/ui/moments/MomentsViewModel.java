package nl.verbinder.ui.moments;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.MomentQuery;
import nl.verbinder.domain.MomentView;
import nl.verbinder.domain.Therapist;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.LoadingAreaModel;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.PartnerSearchField;

/**
 * The state of Contactmomenten: the filters, one page of moments (one query with names), the
 * chosen moment, and what the user can do with it (follow-up done, edit, delete).
 */
public final class MomentsViewModel extends LoadingAreaModel {

    /** Moments per page; more come with "Meer tonen", one query each time. */
    static final int PAGE = 200;

    /** Quick choices for the period filter. */
    enum Period { LAST_30_DAYS, LAST_3_MONTHS, THIS_YEAR, LAST_YEAR, ALL }

    private final UiContext context;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<PartnerSearchField.Choice> partner = new SimpleObjectProperty<>();
    private final ObjectProperty<Therapist> therapist = new SimpleObjectProperty<>();
    private final ObjectProperty<ContactKind> kind = new SimpleObjectProperty<>();
    private final BooleanProperty openFollowUpsOnly = new SimpleBooleanProperty();
    private final ObservableList<MomentRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Therapist> therapists = FXCollections.observableArrayList();
    private final ObjectProperty<MomentRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper moreText = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper loads = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private int limit = PAGE;
    private boolean quiet;

    public MomentsViewModel(UiContext context) {
        this.context = context;
        for (var filter : List.of(from, to, partner, therapist, kind)) {
            filter.addListener((obs, old, value) -> filtersChanged());
        }
        openFollowUpsOnly.addListener((obs, old, value) -> filtersChanged());
        context.changes().listen(this::reloadPageIfLoaded, Changes.Topic.MOMENTS, Changes.Topic.PARTNERS);
        context.changes().listen(this::loadTherapists, Changes.Topic.THERAPISTS);
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<PartnerSearchField.Choice> partnerProperty() {
        return partner;
    }

    public ObjectProperty<Therapist> therapistProperty() {
        return therapist;
    }

    public ObjectProperty<ContactKind> kindProperty() {
        return kind;
    }

    public BooleanProperty openFollowUpsOnlyProperty() {
        return openFollowUpsOnly;
    }

    public ObservableList<MomentRow> rows() {
        return rows;
    }

    public ObservableList<Therapist> therapists() {
        return therapists;
    }

    public ObjectProperty<MomentRow> selectedProperty() {
        return selected;
    }

    /** The "show more" button's text: how many the next page adds. */
    public ReadOnlyStringProperty moreTextProperty() {
        return moreText.getReadOnlyProperty();
    }

    /** True when there are more moments than shown. */
    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    /** Goes up each time a page came in, so the view can update what it shows around the list. */
    public ReadOnlyIntegerProperty loadsProperty() {
        return loads.getReadOnlyProperty();
    }

    /** "221 contactmomenten", "Eerste 200 contactmomenten". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public boolean filtersActive() {
        return from.get() != null || to.get() != null || partner.get() != null || therapist.get() != null
                || kind.get() != null || openFollowUpsOnly.get();
    }

    /** Loads the therapists for the filter and the first page. */
    @Override
    public void load() {
        loadTherapists();
        limit = PAGE;
        reload();
    }

    public void loadMore() {
        limit += PAGE;
        reload();
    }

    public void clearFilters() {
        quietly(() -> {
            from.set(null);
            to.set(null);
            partner.set(null);
            therapist.set(null);
            kind.set(null);
            openFollowUpsOnly.set(false);
        });
    }

    /** Sets the period filter to a quick choice, relative to today. */
    public void period(Period period) {
        LocalDate today = context.today();
        quietly(() -> {
            switch (period) {
                case LAST_30_DAYS -> range(today.minusDays(30), today);
                case LAST_3_MONTHS -> range(today.minusMonths(3), today);
                case THIS_YEAR -> range(today.withDayOfYear(1), today);
                case LAST_YEAR -> range(today.minusYears(1).withDayOfYear(1), today.withDayOfYear(1).minusDays(1));
                case ALL -> range(null, null);
            }
        });
    }

    /** Marks the chosen moment's follow-up done today; the notification offers to undo it. */
    public void markFollowUpDone(MomentRow row) {
        ContactMoment moment = row.moment();
        context.run(() -> context.services().moments().markFollowUpDone(moment.id(), moment.version()), done -> {
            context.changes().announce(Changes.Topic.MOMENTS);
            context.notifier().notify(context.text("areas.moments.follow-up.marked", row.partner()),
                    context.text("areas.action.undo"), () -> reopenFollowUp(done));
        }, refusal -> context.refused(refusal, this::reload));
    }

    /** Moves the moment to the trash, with a notice that undoes it (no question first: it can be undone). */
    public void delete(MomentRow row) {
        context.run(() -> context.services().moments().moveToTrash(row.id()), item -> {
            selected.set(null);
            context.changes().announce(Changes.Topic.MOMENTS);
            context.notifier().notify(context.text("areas.moments.deleted", row.partner()),
                    context.text("areas.action.undo"), () -> context.run(() -> context.services().trash().restore(item),
                            restored -> context.changes().announce(Changes.Topic.MOMENTS)));
        });
    }

    /** A form for editing this moment. */
    public MomentForm editor(MomentRow row) {
        return MomentForm.forEdit(context, row.moment(), row.partner());
    }

    public void openPartner(MomentRow row) {
        context.navigator().showPartner(row.moment().partnerId());
    }

    public void logMoment() {
        PartnerSearchField.Choice chosen = partner.get();
        context.navigator().logMoment(chosen == null ? null : chosen.id());
    }

    private void reopenFollowUp(ContactMoment done) {
        context.run(() -> context.services().moments().update(done.toBuilder().followUpDone(null).build()),
                reopened -> context.changes().announce(Changes.Topic.MOMENTS));
    }

    private void range(LocalDate newFrom, LocalDate newTo) {
        from.set(newFrom);
        to.set(newTo);
    }

    private void quietly(Runnable changes) {
        quiet = true;
        try {
            changes.run();
        } finally {
            quiet = false;
        }
        filtersChanged();
    }

    private void filtersChanged() {
        if (quiet) {
            return;
        }
        limit = PAGE;
        reload();
    }

    private void reloadPageIfLoaded() {
        if (isLoaded()) {
            reload();
        }
    }

    private void loadTherapists() {
        context.run(() -> context.services().therapists().list(), therapists::setAll);
    }

    void reload() {
        // A page beyond what is shown, so the button can say how many more there are.
        MomentQuery query = query().limitedTo(limit + PAGE);
        int shown = limit;
        Long keep = selected.get() == null ? null : selected.get().id();
        context.run(() -> {
            List<MomentView> found = context.services().moments().list(query);
            // the total beside the newest shown: counted only when more than the next page is left
            int total = found.size() < shown + PAGE ? found.size() : context.services().moments().count(query);
            return new Found(found, total);
        }, found -> show(found.moments(), found.total(), shown, keep));
    }

    /** A page and a bit of what the filters find, and how many they find in all. */
    private record Found(List<MomentView> moments, int total) {
    }

    private MomentQuery query() {
        MomentQuery query = MomentQuery.all().between(from.get(), to.get()).ofKind(kind.get())
                .openFollowUps(openFollowUpsOnly.get());
        if (partner.get() != null) {
            query = query.forPartner(partner.get().id());
        }
        if (therapist.get() != null) {
            query = query.withTherapist(therapist.get().id());
        }
        return query;
    }

    private void show(List<MomentView> found, int total, int shown, Long keep) {
        boolean hasMore = found.size() > shown;
        List<MomentRow> page = found.stream().limit(shown).map(v -> MomentRow.of(v, context)).toList();
        rows.setAll(page);
        more.set(hasMore);
        // "Nog 22 tonen" when 22 are left, and the total beside the newest shown.
        moreText.set(context.text("areas.moments.more", Math.min(PAGE, found.size() - page.size())));
        count.set(!hasMore ? context.text("areas.moments.count", page.size())
                : context.text("areas.moments.count.first-of", page.size(), total));
        markLoaded();
        loads.set(loads.get() + 1);
        selected.set(page.stream().filter(r -> keep != null && r.id() == keep).findFirst()
                .orElse(page.isEmpty() ? null : page.getFirst()));
    }
}
