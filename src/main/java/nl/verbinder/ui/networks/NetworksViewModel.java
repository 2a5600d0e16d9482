package nl.verbinder.ui.networks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.domain.networks.GovernanceFit;
import nl.verbinder.domain.networks.MaturityChange;
import nl.verbinder.domain.networks.MaturityDimension;
import nl.verbinder.domain.networks.NetworkPhase;
import nl.verbinder.domain.networks.NetworkReview;
import nl.verbinder.domain.networks.PhaseChange;
import nl.verbinder.domain.networks.PracticeNetwork;
import nl.verbinder.service.NetworkTexts;
import nl.verbinder.service.PracticeNetworkService.NetworkDetail;
import nl.verbinder.service.PracticeNetworkService.NetworkRow;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.LoadingAreaModel;
import nl.verbinder.ui.area.OwnAnnouncements;
import nl.verbinder.ui.area.UiContext;

/**
 * The state of Netwerken: the overview of every network (one call), the chosen network's
 * detail (members, goals, phase timeline, reviews), the radar of its latest review with the
 * previous as a ghost, the course of each dimension, and the governance-fit hint.
 */
public final class NetworksViewModel extends LoadingAreaModel {

    /** A dimension's scores over the reviews, oldest first: "2 → 3 → 3 → 4". */
    public record Course(String dimension, List<Integer> scores) {
    }

    private record Found(NetworkDetail detail, List<SharedGoal> goals) {
    }

    private final UiContext context;
    private final ObservableList<NetworkListRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<NetworkDetail> detail = new SimpleObjectProperty<>();
    private final ObjectProperty<RadarData> radar = new SimpleObjectProperty<>(RadarData.NONE);
    private final ObservableList<Course> courses = FXCollections.observableArrayList();
    private final ObservableList<String> phases = FXCollections.observableArrayList();
    private final ObservableList<String> goals = FXCollections.observableArrayList();
    private final StringProperty fitSummary = new SimpleStringProperty("");
    private final ObservableList<String> fitReasons = FXCollections.observableArrayList();
    private final OwnAnnouncements own;

    public NetworksViewModel(UiContext context) {
        this.context = context;
        this.own = new OwnAnnouncements(context.changes());
        own.listen(this::reloadIfLoaded, Changes.Topic.PARTNERS, Changes.Topic.GOALS, Changes.Topic.NETWORKS);
    }

    public ObservableList<NetworkListRow> rows() {
        return rows;
    }

    /** The chosen network with its phases and reviews, or {@code null}. */
    public ObjectProperty<NetworkDetail> detailProperty() {
        return detail;
    }

    public PracticeNetwork selected() {
        return detail.get() == null ? null : detail.get().network();
    }

    public ObjectProperty<RadarData> radarProperty() {
        return radar;
    }

    public ObservableList<Course> courses() {
        return courses;
    }

    /** The phase timeline, oldest first: "Werven · 01-03-2026". */
    public ObservableList<String> phases() {
        return phases;
    }

    /** The titles of the shared goals the network works on. */
    public ObservableList<String> goals() {
        return goals;
    }

    public StringProperty fitSummaryProperty() {
        return fitSummary;
    }

    public ObservableList<String> fitReasons() {
        return fitReasons;
    }

    @Override
    public void load() {
        reload(selected() == null ? null : selected().id());
    }

    public void select(Long id) {
        if (id == null) {
            showDetail(null, List.of());
            return;
        }
        context.run(() -> new Found(context.services().practiceNetworks().detail(id),
                context.services().goals().list()), found -> showDetail(found.detail(), found.goals()));
    }

    /** A form for a new network. */
    public NetworkEditor newNetwork() {
        return new NetworkEditor(context, null, this::changed);
    }

    /** A form for the chosen network. */
    public NetworkEditor edit() {
        return selected() == null ? null : new NetworkEditor(context, selected(), this::changed);
    }

    /** A review form for the chosen network, starting from its latest review. */
    public ReviewForm review() {
        NetworkDetail d = detail.get();
        return d == null ? null : new ReviewForm(context, d.network().id(), d.latestReview(),
                d.network().members().size(), this::changed);
    }

    /** A network meeting of the chosen network, with its members as the partners that were there. */
    public MeetingForm meeting() {
        PracticeNetwork n = selected();
        return n == null ? null : new MeetingForm(context, n, id -> {
            changed(id);
            context.changes().announce(Changes.Topic.MOMENTS);
        });
    }

    public void addMember(long partnerId, String role) {
        PracticeNetwork n = selected();
        if (n != null) {
            context.run(() -> context.services().practiceNetworks().addMember(n.id(), n.version(), partnerId, role),
                    stored -> changed(stored.id()), refusal -> refused(refusal, n.id()));
        }
    }

    public void removeMember(long partnerId) {
        PracticeNetwork n = selected();
        if (n != null) {
            context.run(() -> context.services().practiceNetworks().removeMember(n.id(), n.version(), partnerId),
                    stored -> changed(stored.id()), refusal -> refused(refusal, n.id()));
        }
    }

    public void changePhase(NetworkPhase phase, LocalDate since) {
        PracticeNetwork n = selected();
        if (n != null && phase != null) {
            LocalDate day = since == null ? context.today() : since;
            context.run(() -> context.services().practiceNetworks().changePhase(n.id(), n.version(), phase, day),
                    stored -> changed(stored.id()), refusal -> refused(refusal, n.id()));
        }
    }

    /** Deletes the chosen network with its reviews once the user confirmed it; its partners stay. */
    public void delete() {
        PracticeNetwork n = selected();
        if (n == null || !context.dialogs().confirm(context.text("networks.delete.title"),
                context.text("networks.delete.message", n.name()), context.text("networks.action.delete"))) {
            return;
        }
        context.run(() -> {
            context.services().practiceNetworks().delete(n.id());
            return n;
        }, gone -> {
            detail.set(null);
            changed(null);
            context.notifier().notify(context.text("networks.deleted", n.name()));
        });
    }

    public void openPartner(long partnerId) {
        context.navigator().showPartner(partnerId);
    }

    private void changed(Long id) {
        reload(id);
        own.announce(Changes.Topic.NETWORKS);
    }

    private void refused(VerbinderException refusal, long id) {
        context.refused(refusal, () -> reload(id));
    }

    private void reload(Long keep) {
        context.run(() -> context.services().practiceNetworks().overview(), found -> {
            rows.setAll(found.stream().map(this::row).toList());
            markLoaded();
            Long next = keep != null && found.stream().anyMatch(r -> r.network().id().equals(keep)) ? keep
                    : found.isEmpty() ? null : found.getFirst().network().id();
            select(next);
        });
    }

    private NetworkListRow row(NetworkRow r) {
        PracticeNetwork n = r.network();
        NetworkReview last = r.latestReview();
        return new NetworkListRow(n.id(), n.name(), context.label(n.kind()), context.label(n.phase()),
                context.label(n.ourRole()), last == null ? "-" : context.date(last.reviewedOn()),
                last == null ? "-" : context.label(last.decision()));
    }

    private void showDetail(NetworkDetail d, List<SharedGoal> allGoals) {
        detail.set(d);
        if (d == null) {
            radar.set(RadarData.NONE);
            courses.clear();
            phases.clear();
            goals.clear();
            fitSummary.set("");
            fitReasons.clear();
            return;
        }
        MaturityChange change = d.change();
        List<String> axes = new ArrayList<>();
        List<Integer> latest = new ArrayList<>();
        List<Integer> ghost = new ArrayList<>();
        List<Course> course = new ArrayList<>();
        for (MaturityDimension dim : MaturityDimension.values()) {
            axes.add(context.text(dim.shortLabelKey()));
            if (change.latest() != null) {
                latest.add(change.latest().score(dim));
            }
            if (change.previous() != null) {
                ghost.add(change.previous().score(dim));
            }
            course.add(new Course(context.label(dim), d.reviews().stream().map(r -> r.score(dim)).toList()));
        }
        radar.set(new RadarData(axes, latest, ghost));
        courses.setAll(d.reviews().isEmpty() ? List.of() : course);
        List<String> timeline = new ArrayList<>();
        for (PhaseChange p : d.phases()) {
            timeline.add(context.label(p.phase()) + " · " + context.date(p.since()));
        }
        phases.setAll(timeline);
        Map<Long, String> titles = new HashMap<>();
        allGoals.forEach(g -> titles.put(g.id(), g.title()));
        goals.setAll(d.network().goalIds().stream().map(titles::get).filter(t -> t != null).sorted().toList());
        if (change.latest() == null) {
            fitSummary.set(context.text("networks.fit.none"));
            fitReasons.clear();
        } else {
            GovernanceFit fit = GovernanceFit.of(change.latest().factors());
            fitSummary.set(NetworkTexts.fitSummary(context.messages(), fit, d.network().governance()));
            fitReasons.setAll(NetworkTexts.fitReasons(context.messages(), fit));
        }
    }
}
