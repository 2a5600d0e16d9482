package nl.verbinder.ui.attention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.attention.AttentionFilter;
import nl.verbinder.domain.attention.AttentionItem;
import nl.verbinder.domain.attention.AttentionOverview;
import nl.verbinder.domain.attention.NetworkAttentionItem;
import nl.verbinder.domain.attention.OwnerCount;
import nl.verbinder.domain.attention.PracticeHint;
import nl.verbinder.domain.attention.ReasonCode;
import nl.verbinder.domain.attention.Snooze;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.AttentionTexts;
import nl.verbinder.ui.area.Area;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.LoadingAreaModel;
import nl.verbinder.ui.area.UiContext;

/**
 * The state of Aandacht: the engine's list as of today under the chosen filter, the practice
 * hints, the counts per owner and the total. Each load is one call of the attention service
 * in the background; a load that a newer one overtook is dropped. The rows format their texts
 * when a cell first shows them (see {@link AttentionRow}).
 */
public final class AttentionViewModel extends LoadingAreaModel {

    private final UiContext context;
    private final ObservableList<AttentionRow> rows = FXCollections.observableArrayList();
    private final ObservableList<HintRow> hints = FXCollections.observableArrayList();
    private final ObservableList<NetworkAttentionRow> networks = FXCollections.observableArrayList();
    private final ObservableList<OwnerRow> owners = FXCollections.observableArrayList();
    private final ObservableList<OwnerChoice> ownerChoices = FXCollections.observableArrayList();
    private final ObservableList<Therapist> therapists = FXCollections.observableArrayList();
    private final ObjectProperty<OwnerChoice> owner = new SimpleObjectProperty<>();
    private final ObjectProperty<ReasonCode> reason = new SimpleObjectProperty<>();
    private final BooleanProperty showSnoozed = new SimpleBooleanProperty();
    private final ObjectProperty<Long> me = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper snoozedCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper anyPartners = new ReadOnlyBooleanWrapper(true);
    private long generation;

    public AttentionViewModel(UiContext context) {
        this.context = context;
        me.set(context.settings().me().orElse(null));
        Runnable reload = () -> {
            me.set(context.settings().me().orElse(null)); // chosen again from the status bar or the menu
            if (isLoaded()) {
                load();
            }
        };
        context.changes().listen(reload, Changes.Topic.MOMENTS, Changes.Topic.PARTNERS, Changes.Topic.GOALS,
                Changes.Topic.ENVIRONMENT, Changes.Topic.THERAPISTS, Changes.Topic.NETWORKS);
        owner.addListener((obs, old, now) -> reload.run());
        reason.addListener((obs, old, now) -> reload.run());
        showSnoozed.addListener((obs, old, now) -> reload.run());
    }

    /** The items the filter lets through, most urgent first (or the snoozed ones, when those are shown). */
    public ObservableList<AttentionRow> rows() {
        return rows;
    }

    public ObservableList<HintRow> hints() {
        return hints;
    }

    /** The networks the practice takes part in that need attention, highest score first. */
    public ObservableList<NetworkAttentionRow> networks() {
        return networks;
    }

    /** Per owner, how many relationships need attention in the whole practice, most first. */
    public ObservableList<OwnerRow> owners() {
        return owners;
    }

    /** The owner filter's choices: every therapist, then "zonder eigenaar". */
    public ObservableList<OwnerChoice> ownerChoices() {
        return ownerChoices;
    }

    /** The choices of "Ik ben:": the therapists who work here. */
    public ObservableList<Therapist> therapists() {
        return therapists;
    }

    /** Only this owner's items; {@code null} for everyone's. */
    public ObjectProperty<OwnerChoice> ownerProperty() {
        return owner;
    }

    /** Only items with this reason; {@code null} for any. */
    public ObjectProperty<ReasonCode> reasonProperty() {
        return reason;
    }

    /** Shows the snoozed items instead of the list. */
    public BooleanProperty showSnoozedProperty() {
        return showSnoozed;
    }

    /** The therapist who uses this computer, or {@code null} when not chosen. */
    public ObjectProperty<Long> meProperty() {
        return me;
    }

    /** How many relationships need attention in the whole practice (snoozed ones not counted). */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty snoozedCountProperty() {
        return snoozedCount.getReadOnlyProperty();
    }

    /** False on a database without partners, so the empty list can say what to do first. */
    public ReadOnlyBooleanProperty anyPartnersProperty() {
        return anyPartners.getReadOnlyProperty();
    }

    public boolean filtered() {
        return owner.get() != null || reason.get() != null;
    }

    /** "Alle": no filter. */
    public void showAll() {
        reason.set(null);
        owner.set(null);
        showSnoozed.set(false);
    }

    /** Filters on one owner from the counts beside the list. */
    public void showOwner(OwnerChoice choice) {
        showSnoozed.set(false);
        owner.set(choice);
    }

    @Override
    public void load() {
        long mine = ++generation;
        LocalDate today = context.today();
        OwnerChoice ownerChoice = owner.get();
        AttentionFilter filter = new AttentionFilter(ownerChoice == null ? null : ownerChoice.therapistId(),
                reason.get());
        boolean snoozed = showSnoozed.get();
        Messages messages = context.messages();
        context.run(() -> {
            AttentionOverview overview = context.services().attention().overview(today, filter);
            List<Therapist> all = context.services().therapists().list();
            boolean any = overview.total() > 0 || !overview.snoozed().isEmpty()
                    || context.services().partners().count(PartnerQuery.all()) > 0;
            return prepare(overview, all, any, ownerChoice, snoozed, messages);
        }, found -> {
            if (mine == generation) {
                show(found);
            }
        });
    }

    public void openPartner(AttentionRow row) {
        context.navigator().showPartner(row.id());
    }

    public void logMoment(AttentionRow row) {
        context.navigator().logMoment(row.id());
    }

    public void showPartners() {
        context.navigator().show(Area.PARTNERS);
    }

    /** The first step of a new practice: its profile and therapists. */
    public void showPractice() {
        context.navigator().show(Area.PRACTICE);
    }

    public void showEnvironment() {
        context.navigator().show(Area.ENVIRONMENT);
    }

    /** The snooze was saved: reload, and offer to undo it. */
    void snoozed(AttentionRow row, LocalDate until) {
        load();
        context.notifier().notify(context.text("attention.view.snoozed", row.name(), context.date(until)),
                context.text("attention.view.undo"), () -> unsnooze(row));
    }

    /** A network's item was snoozed: load again, and offer to undo it. */
    void snoozed(NetworkAttentionRow row, LocalDate until) {
        load();
        context.notifier().notify(context.text("attention.view.snoozed", row.name(), context.date(until)),
                context.text("attention.view.undo"), () -> unsnooze(row));
    }

    /** Brings a snoozed network item back now. */
    void unsnooze(NetworkAttentionRow row) {
        long id = row.networkId();
        context.run(() -> {
            context.services().attention().unsnoozeNetwork(id);
            return null;
        }, done -> {
            load();
            context.notifier().notify(context.text("attention.view.unsnoozed", row.name()));
        });
    }

    /** Brings a snoozed item back now. */
    void unsnooze(AttentionRow row) {
        long id = row.id();
        context.run(() -> {
            context.services().attention().unsnooze(id);
            return null;
        }, done -> {
            load();
            context.notifier().notify(context.text("attention.view.unsnoozed", row.name()));
        });
    }

    UiContext context() {
        return context;
    }

    private record Loaded(List<AttentionRow> rows, List<HintRow> hints, List<OwnerRow> owners,
                          List<OwnerChoice> ownerChoices, List<Therapist> therapists, int total, int snoozed,
                          boolean anyPartners, List<NetworkAttentionRow> networks) {
    }

    /** Runs in the background: the rows (their texts are made when shown), the hints and counts. */
    private static Loaded prepare(AttentionOverview overview, List<Therapist> all, boolean any, OwnerChoice ownerChoice,
                                  boolean snoozed, Messages messages) {
        String none = messages.get("attention.view.owner.none");
        List<AttentionItem> items = snoozed
                ? overview.snoozed().stream().filter(overview.filter()::matches).toList() : overview.items();
        List<AttentionRow> rows = new ArrayList<>(items.size());
        for (AttentionItem item : items) {
            if (ownerChoice != null && ownerChoice.unowned() && item.ownerId() != null) {
                continue;
            }
            rows.add(new AttentionRow(item, messages, snoozed, overview.today()));
        }
        List<HintRow> hints = new ArrayList<>();
        for (PracticeHint hint : overview.hints()) {
            hints.add(new HintRow(hint.code(), messages.get(hint.code().labelKey()),
                    AttentionTexts.sentence(messages, hint)));
        }
        List<OwnerRow> owners = new ArrayList<>();
        for (OwnerCount count : overview.owners()) {
            owners.add(new OwnerRow(new OwnerChoice(count.ownerId(),
                    count.ownerId() == null ? none : count.ownerName()), count.count()));
        }
        List<OwnerChoice> choices = new ArrayList<>();
        all.forEach(t -> choices.add(new OwnerChoice(t.id(), t.name())));
        choices.add(new OwnerChoice(null, none));
        List<Therapist> working = all.stream().filter(Therapist::active).toList();
        List<NetworkAttentionRow> networks = new ArrayList<>();
        for (NetworkAttentionItem n : overview.networks()) {
            networks.add(new NetworkAttentionRow(n.networkId(), n.networkName(), messages.get(n.ourRole().labelKey()),
                    n.reasons().stream().map(r -> messages.get(r.code().labelKey())).toList(),
                    n.reasons().stream().map(r -> AttentionTexts.sentence(messages, r)).toList(), n.snooze()));
        }
        return new Loaded(rows, hints, owners, choices, working, overview.total(), overview.snoozed().size(), any,
                networks);
    }

    private void show(Loaded found) {
        total.set(found.total());
        snoozedCount.set(found.snoozed());
        anyPartners.set(found.anyPartners());
        hints.setAll(found.hints());
        networks.setAll(found.networks());
        owners.setAll(found.owners());
        if (!ownerChoices.equals(found.ownerChoices())) {
            ownerChoices.setAll(found.ownerChoices());
        }
        if (!therapists.equals(found.therapists())) {
            therapists.setAll(found.therapists());
        }
        rows.setAll(found.rows());
        markLoaded();
    }
}
