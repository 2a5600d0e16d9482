package nl.verbinder.service;

import java.time.Clock;
import java.util.List;
import nl.verbinder.domain.NotFoundException;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.TrashItem;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.store.Store;

/**
 * The Prullenbak for contact moments, shared goals, environment notes and contact persons
 * (partners: {@link PartnerService#moveToTrash}). Each service moves its own records here;
 * this lists them, puts one back with its links, or deletes it for good: the only way to
 * delete one for good.
 */
public final class TrashService extends ServiceBase {

    private final LocalDatabaseFile localFile;

    TrashService(Store store, Clock clock, LocalDatabaseFile localFile) {
        super(store, clock);
        this.localFile = localFile;
    }

    /** Everything in this trash, newest first. */
    public List<TrashItem> list() {
        return tx().read(() -> store.trash().list());
    }

    /**
     * Puts the record back with its links (the undo of a delete, and Terugzetten in the
     * Prullenbak). A moment or person of a partner that is in the trash itself waits for it.
     *
     * @return the record's id (a new one when its old id was taken meanwhile)
     */
    public long restore(long itemId) {
        return tx().write(() -> {
            TrashItem item = store.trash().find(itemId).orElseThrow(() -> new NotFoundException("trash-item", itemId));
            if (item.partnerId() != null) {
                Partner partner = store.partners().find(item.partnerId())
                        .orElseThrow(() -> new NotFoundException("partner", item.partnerId()));
                if (partner.inTrash()) {
                    throw new VerbinderException("error.trash.partner-in-trash", item.label(), partner.name());
                }
            }
            return store.trash().restore(itemId);
        });
    }

    /** Deletes the item for good; what was erased is then overwritten in the file too. */
    public void deleteForGood(long itemId) {
        tx().writing(() -> {
            store.trash().find(itemId).orElseThrow(() -> new NotFoundException("trash-item", itemId));
            store.trash().deleteForGood(itemId);
        });
        localFile.purgeFreedSpace();
    }
}
