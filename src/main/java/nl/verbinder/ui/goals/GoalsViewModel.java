package nl.verbinder.ui.goals;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.MomentView;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.LoadingAreaModel;
import nl.verbinder.ui.area.OwnAnnouncements;
import nl.verbinder.ui.area.UiContext;

/**
 * The state of Gemeenschappelijke delers: every goal with its partners (two queries for the
 * whole list), the chosen goal with the moments that served it, and what the user can do:
 * create, edit, change the status, link and unlink partners, delete.
 */
public final class GoalsViewModel extends LoadingAreaModel {

    private final UiContext context;
    private final ObservableList<GoalCard> goals = FXCollections.observableArrayList();
    private final ObjectProperty<GoalCard> selected = new SimpleObjectProperty<>();
    private final ObservableList<GoalMoment> moments = FXCollections.observableArrayList();
    private final OwnAnnouncements own;

    public GoalsViewModel(UiContext context) {
        this.context = context;
        this.own = new OwnAnnouncements(context.changes());
        own.listen(this::reloadIfLoaded, Changes.Topic.GOALS, Changes.Topic.PARTNERS, Changes.Topic.MOMENTS);
    }

    public ObservableList<GoalCard> goals() {
        return goals;
    }

    public ObjectProperty<GoalCard> selectedProperty() {
        return selected;
    }

    public GoalCard selected() {
        return selected.get();
    }

    /** The moments that served the chosen goal, newest first. */
    public ObservableList<GoalMoment> moments() {
        return moments;
    }

    /** The goals of one status, in the list's order. */
    public List<GoalCard> withStatus(GoalStatus status) {
        return goals.stream().filter(g -> g.goal().status() == status).toList();
    }

    @Override
    public void load() {
        reload(selected.get() == null ? null : selected.get().id());
    }

    public void select(GoalCard card) {
        selected.set(card);
        moments.clear();
        if (card == null) {
            return;
        }
        long id = card.id();
        context.run(() -> context.services().goals().moments(id), found -> {
            if (selected.get() != null && selected.get().id() == id) {
                moments.setAll(found.stream().map(this::moment).toList());
            }
        });
    }

    public void changeStatus(GoalStatus status) {
        GoalCard card = selected.get();
        if (card == null || status == null || status == card.goal().status()) {
            return;
        }
        SharedGoal goal = card.goal();
        context.run(() -> context.services().goals().changeStatus(goal.id(), goal.version(), status),
                changed -> changed(changed.id()), refusal -> refused(refusal, goal.id()));
    }

    public void link(long partnerId) {
        GoalCard card = selected.get();
        if (card == null || card.goal().partnerIds().contains(partnerId)) {
            return;
        }
        SharedGoal goal = card.goal();
        context.run(() -> context.services().goals().linkPartner(goal.id(), goal.version(), partnerId),
                changed -> changed(changed.id()), refusal -> refused(refusal, goal.id()));
    }

    public void unlink(long partnerId) {
        GoalCard card = selected.get();
        if (card == null) {
            return;
        }
        SharedGoal goal = card.goal();
        context.run(() -> context.services().goals().unlinkPartner(goal.id(), goal.version(), partnerId),
                changed -> changed(changed.id()), refusal -> refused(refusal, goal.id()));
    }

    /**
     * Moves the chosen goal to the trash with its links to partners and moments (which stay),
     * with a notice that undoes it.
     */
    public void delete() {
        GoalCard card = selected.get();
        if (card == null) {
            return;
        }
        context.run(() -> context.services().goals().moveToTrash(card.id()), item -> {
            selected.set(null);
            context.changes().announce(Changes.Topic.GOALS);
            context.notifier().notify(context.text("areas.goals.deleted", card.goal().title()),
                    context.text("areas.action.undo"), () -> context.run(() -> context.services().trash().restore(item),
                            restored -> changed(restored)));
        });
    }

    /** A form for a new goal. */
    public GoalEditor newGoal() {
        return new GoalEditor(context, null, this::changed);
    }

    /** A form for the chosen goal. */
    public GoalEditor edit() {
        GoalCard card = selected.get();
        return card == null ? null : new GoalEditor(context, card.goal(), this::changed);
    }

    public void openPartner(long partnerId) {
        context.navigator().showPartner(partnerId);
    }

    /** A goal was stored: show it, and tell the other areas (this one has reloaded already). */
    private void changed(long goalId) {
        reload(goalId);
        own.announce(Changes.Topic.GOALS);
    }

    private void refused(VerbinderException refusal, long goalId) {
        context.refused(refusal, () -> reload(goalId));
    }

    /** The goals and, in one more query, the partners they link; then the goal to show. */
    private record Loaded(List<SharedGoal> goals, Map<Long, PartnerOverview> partners) {
    }

    /** Loads every goal and its partners; then shows {@code keep}, else the first goal. */
    private void reload(Long keep) {
        context.run(() -> {
            List<SharedGoal> all = context.services().goals().list();
            Set<Long> ids = all.stream().map(SharedGoal::partnerIds).flatMap(Collection::stream)
                    .collect(Collectors.toCollection(HashSet::new));
            Map<Long, PartnerOverview> partners = context.services().partners().overviews(ids).stream()
                    .collect(Collectors.toMap(PartnerOverview::id, Function.identity()));
            return new Loaded(all, partners);
        }, found -> show(found, keep));
    }

    private void show(Loaded found, Long keep) {
        List<GoalCard> cards = found.goals().stream().map(g -> card(g, found.partners())).toList();
        goals.setAll(cards);
        markLoaded();
        GoalCard next = cards.stream().filter(c -> keep != null && c.id() == keep).findFirst()
                .orElse(cards.isEmpty() ? null : cards.getFirst());
        select(next);
    }

    private GoalCard card(SharedGoal goal, Map<Long, PartnerOverview> partners) {
        List<GoalCard.LinkedPartner> linked = goal.partnerIds().stream()
                .map(partners::get)
                .filter(p -> p != null)
                .map(p -> new GoalCard.LinkedPartner(p.id(), p.name(), context.label(p.partner().category()),
                        p.partner().inTrash()))
                .sorted(Comparator.comparing(GoalCard.LinkedPartner::name,
                        Collator.getInstance(context.messages().locale())))
                .toList();
        return new GoalCard(goal, linked);
    }

    private GoalMoment moment(MomentView view) {
        String heading = context.date(view.moment().date()) + " · " + view.partnerName() + " · "
                + context.label(view.moment().kind());
        return new GoalMoment(view.moment().partnerId(), heading, view.moment().summary());
    }
}
