package nl.verbinder.ui.trash;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.LoadingAreaModel;
import nl.verbinder.ui.area.OwnAnnouncements;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.domain.TrashItem;

/**
 * The state of the Prullenbak: the partners, contact moments, shared goals, environment notes
 * and contact persons in the trash, newest first; restore one, or delete it for good after a
 * confirmation that names it (and, for a partner, what goes with it).
 */
public final class TrashViewModel extends LoadingAreaModel {

    /** What the trash holds, with the names of the partners its moments and persons belonged to. */
    private record Loaded(List<PartnerOverview> partners, List<TrashItem> items, Map<Long, String> partnerNames) {
    }

    private final UiContext context;
    private final ObservableList<TrashRow> rows = FXCollections.observableArrayList();
    private final OwnAnnouncements own;

    public TrashViewModel(UiContext context) {
        this.context = context;
        this.own = new OwnAnnouncements(context.changes());
        own.listen(this::reloadIfLoaded, Changes.Topic.PARTNERS, Changes.Topic.MOMENTS, Changes.Topic.GOALS,
                Changes.Topic.ENVIRONMENT, Changes.Topic.CONTACT_PERSONS);
    }

    public ObservableList<TrashRow> rows() {
        return rows;
    }

    @Override
    public void load() {
        context.run(() -> {
            List<TrashItem> items = context.services().trash().list();
            Map<Long, String> names = new HashMap<>();
            for (TrashItem item : items) {
                if (item.partnerId() != null && !names.containsKey(item.partnerId())) {
                    names.put(item.partnerId(), context.services().partners().get(item.partnerId()).name());
                }
            }
            return new Loaded(context.services().partners().trash(), items, names);
        }, this::show);
    }

    /** Takes the record out of the trash, with its links; for a partner, its whole history. */
    public void restore(TrashRow row) {
        if (row.isPartner()) {
            context.run(() -> {
                context.services().partners().restore(row.id());
                return row;
            }, done -> {
                changed();
                context.notifier().notify(context.text("areas.trash.restored", row.name()),
                        context.text("areas.action.open-partner"), () -> context.navigator().showPartner(row.id()));
            });
            return;
        }
        context.run(() -> context.services().trash().restore(row.item().id()), id -> {
            changed();
            Long partner = row.item().partnerId();
            if (partner == null) {
                context.notifier().notify(context.text("areas.trash.item.restored", row.kind(), row.name()));
            } else {
                context.notifier().notify(context.text("areas.trash.item.restored", row.kind(), row.name()),
                        context.text("areas.action.open-partner"), () -> context.navigator().showPartner(partner));
            }
        });
    }

    /**
     * Deletes the record for good once the user confirmed; for a partner the question says how
     * many contact persons and contact moments go with it.
     */
    public void deleteForGood(TrashRow row) {
        if (!row.isPartner()) {
            boolean sure = context.dialogs().confirm(context.text("areas.trash.delete.title", row.name()),
                    context.text("areas.trash.item.delete.message", row.kind(), row.name()),
                    context.text("areas.trash.delete.confirm"));
            if (sure) {
                context.run(() -> {
                    context.services().trash().deleteForGood(row.item().id());
                    return row;
                }, gone -> {
                    changed();
                    context.notifier().notify(context.text("areas.trash.deleted", row.name()));
                });
            }
            return;
        }
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
        own.announce(Changes.Topic.PARTNERS, Changes.Topic.MOMENTS, Changes.Topic.GOALS, Changes.Topic.ENVIRONMENT,
                Changes.Topic.CONTACT_PERSONS);
    }

    private void show(Loaded trash) {
        record Dated(Instant deletedAt, TrashRow row) {
        }
        List<Dated> all = new ArrayList<>();
        for (PartnerOverview overview : trash.partners()) {
            all.add(new Dated(overview.partner().deletedAt(), row(overview)));
        }
        for (TrashItem item : trash.items()) {
            all.add(new Dated(item.deletedAt(), row(item, trash.partnerNames())));
        }
        all.sort(Comparator.comparing(Dated::deletedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        rows.setAll(all.stream().map(Dated::row).toList());
        markLoaded();
    }

    private TrashRow row(PartnerOverview overview) {
        String city = overview.partner().city();
        String details = context.label(overview.partner().category()) + (city == null ? "" : " · " + city);
        return new TrashRow(overview, null, context.text("areas.trash.kind.partner"), overview.name(), details,
                date(overview.partner().deletedAt()), overview.contactPersonCount(), overview.lastContact());
    }

    private TrashRow row(TrashItem item, Map<Long, String> partnerNames) {
        String details = item.partnerId() == null ? "" : partnerNames.getOrDefault(item.partnerId(), "");
        return new TrashRow(null, item, context.label(item.kind()), item.label(), details, date(item.deletedAt()),
                null, null);
    }

    private LocalDate date(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, context.services().clock().getZone());
    }
}
