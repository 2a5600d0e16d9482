package nl.verbinder.ui.trash;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.ui.area.AreaModel;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.UiContext;

/**
 * The state of the Prullenbak: the partners in the trash; restore one, or delete it for good
 * after a confirmation that names it and what goes with it.
 */
public final class TrashViewModel implements AreaModel {

    private final UiContext context;
    private final ObservableList<TrashRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private boolean announcing;

    public TrashViewModel(UiContext context) {
        this.context = context;
        context.changes().listen(Changes.Topic.PARTNERS, () -> {
            if (loaded.get() && !announcing) {
                load();
            }
        });
    }

    public ObservableList<TrashRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    @Override
    public void load() {
        context.run(() -> context.services().partners().trash(), this::show);
    }

    /** Takes the partner out of the trash, with its whole history; the notification opens it. */
    public void restore(TrashRow row) {
        context.run(() -> {
            context.services().partners().restore(row.id());
            return row;
        }, done -> {
            changed();
            context.notifier().notify(context.text("areas.trash.restored", row.name()),
                    context.text("areas.action.open-partner"), () -> context.navigator().showPartner(row.id()));
        });
    }

    /**
     * Deletes the partner for good once the user confirmed; the question says how many contact
     * persons and contact moments go with it.
     */
    public void deleteForGood(TrashRow row) {
        context.run(() -> context.services().moments().countForPartner(row.id()), moments -> {
            boolean sure = context.dialogs().confirm(context.text("areas.trash.delete.title", row.name()),
                    context.text("areas.trash.delete.message", row.name(), row.contactPersons(), moments),
                    context.text("areas.trash.delete.confirm"));
            if (!sure) {
                return;
            }
            context.run(() -> {
                context.services().partners().deleteForGood(row.id());
                return row;
            }, gone -> {
                changed();
                context.notifier().notify(context.text("areas.trash.deleted", row.name()));
            });
        });
    }

    private void changed() {
        load();
        announcing = true;
        try {
            context.changes().announce(Changes.Topic.PARTNERS, Changes.Topic.MOMENTS, Changes.Topic.GOALS,
                    Changes.Topic.ENVIRONMENT);
        } finally {
            announcing = false;
        }
    }

    private void show(List<PartnerOverview> trash) {
        rows.setAll(trash.stream().map(this::row).toList());
        loaded.set(true);
    }

    private TrashRow row(PartnerOverview overview) {
        LocalDate deleted = overview.partner().deletedAt() == null ? null
                : LocalDate.ofInstant(overview.partner().deletedAt(), context.services().clock().getZone());
        return new TrashRow(overview, overview.name(), context.label(overview.partner().category()),
                overview.partner().city() == null ? "" : overview.partner().city(), deleted,
                overview.contactPersonCount(), overview.lastContact());
    }
}
