package nl.verbinder.ui.network;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.insight.NetworkFilter;
import nl.verbinder.domain.insight.NetworkMap;
import nl.verbinder.ui.area.Area;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.LoadingAreaModel;
import nl.verbinder.ui.area.UiContext;

/**
 * The state of the Netwerk view: the filters, the date, whether goals are drawn, and the
 * map for them, loaded in the background. Changing a filter or the date loads the map again;
 * panning and zooming are the canvas's own business and never query.
 */
public final class NetworkViewModel extends LoadingAreaModel {

    /** How far back the date can go: two years, in months. */
    public static final int MONTHS_BACK = 24;

    private final UiContext context;
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Therapist> owner = new SimpleObjectProperty<>();
    private final ObjectProperty<PartnerStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final BooleanProperty showGoals = new SimpleBooleanProperty(true);
    private final ObservableList<Therapist> owners = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<NetworkMap> map = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper anyPartners = new ReadOnlyBooleanWrapper();

    public NetworkViewModel(UiContext context) {
        this.context = context;
        asOf.set(context.today());
        category.addListener((obs, old, value) -> reloadIfLoaded());
        owner.addListener((obs, old, value) -> reloadIfLoaded());
        status.addListener((obs, old, value) -> reloadIfLoaded());
        asOf.addListener((obs, old, value) -> reloadIfLoaded());
        context.changes().listen(this::reloadIfLoaded, Changes.Topic.PARTNERS, Changes.Topic.MOMENTS,
                Changes.Topic.GOALS, Changes.Topic.PRACTICE, Changes.Topic.THERAPISTS);
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public ObjectProperty<Therapist> ownerProperty() {
        return owner;
    }

    public ObjectProperty<PartnerStatus> statusProperty() {
        return status;
    }

    /** The day the network is shown as of; today by default. */
    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public BooleanProperty showGoalsProperty() {
        return showGoals;
    }

    /** The therapists to filter on (every one, also inactive: they may still own partners). */
    public ObservableList<Therapist> owners() {
        return owners;
    }

    public ReadOnlyObjectProperty<NetworkMap> mapProperty() {
        return map.getReadOnlyProperty();
    }

    /** Whether the practice has any partner at all today, whatever the filters: else the first-start text shows. */
    public ReadOnlyBooleanProperty anyPartnersProperty() {
        return anyPartners.getReadOnlyProperty();
    }

    /** The day {@code monthsBack} months before today (0 = today). */
    public LocalDate monthsBack(int months) {
        return context.today().minusMonths(Math.max(0, Math.min(MONTHS_BACK, months)));
    }

    public NetworkFilter filter() {
        Therapist chosen = owner.get();
        return new NetworkFilter(category.get(), chosen == null ? null : chosen.id(), status.get());
    }

    private record Loaded(NetworkMap map, List<Therapist> owners, boolean anyPartners) {
    }

    @Override
    public void load() {
        LocalDate day = asOf.get();
        NetworkFilter filter = filter();
        context.run(() -> {
            NetworkMap result = context.services().network().map(day, filter);
            boolean any = !result.isEmpty()
                    || context.services().partners().count(PartnerQuery.all()) > 0;
            return new Loaded(result, context.services().therapists().list(), any);
        }, this::show);
    }

    private void show(Loaded result) {
        if (!result.owners().equals(List.copyOf(owners))) {
            Therapist chosen = owner.get();
            owners.setAll(result.owners());
            if (chosen != null) {
                owner.set(result.owners().stream().filter(t -> t.id().equals(chosen.id())).findFirst().orElse(null));
            }
        }
        anyPartners.set(result.anyPartners());
        map.set(result.map());
        markLoaded();
    }

    public void openPartner(long partnerId) {
        context.navigator().showPartner(partnerId);
    }

    public void showPartners() {
        context.navigator().show(Area.PARTNERS);
    }
}
