package nl.verbinder.ui.attention;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.ui.common.Area;
import nl.verbinder.ui.common.Changes;
import nl.verbinder.ui.common.UiContext;

/**
 * The state of Aandacht, for now: the partners (prospect or active) whose last contact is
 * longer ago than their contact rhythm, or who were never contacted, most overdue first. The
 * attention engine replaces this with its reasons and priorities.
 */
public final class AttentionViewModel {

    private final UiContext context;
    private final ObservableList<AttentionRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper anyPartners = new ReadOnlyBooleanWrapper();

    public AttentionViewModel(UiContext context) {
        this.context = context;
        Runnable reload = () -> {
            if (loaded.get()) {
                load();
            }
        };
        context.changes().listen(Changes.Topic.MOMENTS, reload);
        context.changes().listen(Changes.Topic.PARTNERS, reload);
    }

    public ObservableList<AttentionRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** False on a database without partners, so the empty list can say what to do first. */
    public ReadOnlyBooleanProperty anyPartnersProperty() {
        return anyPartners.getReadOnlyProperty();
    }

    private record Loaded(List<PartnerOverview> overdue, boolean anyPartners) {
    }

    public void load() {
        PartnerQuery overdue = PartnerQuery.all().withOverdueOnly(true);
        context.run(() -> {
            List<PartnerOverview> found = context.services().partners().list(overdue);
            boolean any = !found.isEmpty() || context.services().partners().count(PartnerQuery.all()) > 0;
            return new Loaded(found, any);
        }, this::show);
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

    private void show(Loaded found) {
        LocalDate today = context.today();
        rows.setAll(found.overdue().stream().map(p -> row(p, today))
                .sorted(Comparator.comparing(AttentionRow::daysOverdue, Comparator.nullsFirst(Comparator.reverseOrder())))
                .toList());
        anyPartners.set(found.anyPartners());
        loaded.set(true);
    }

    private AttentionRow row(PartnerOverview overview, LocalDate today) {
        int rhythm = overview.partner().effectiveRhythmDays();
        Integer overdue = overview.lastContact() == null ? null
                : (int) (ChronoUnit.DAYS.between(overview.lastContact(), today) - rhythm);
        return new AttentionRow(overview, overview.name(), context.label(overview.partner().category()),
                overview.ownerName() == null ? "" : overview.ownerName(), overview.lastContact(), rhythm, overdue);
    }
}
