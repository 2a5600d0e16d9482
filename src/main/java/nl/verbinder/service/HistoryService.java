package nl.verbinder.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.verbinder.domain.NotFoundException;
import nl.verbinder.domain.history.Change;
import nl.verbinder.domain.history.ChangeQuery;
import nl.verbinder.domain.history.RecordKind;
import nl.verbinder.i18n.Messages;
import nl.verbinder.store.Store;

/**
 * The change history: who changed what, when. The store writes it by itself with every
 * change; this says who works at this workstation and reads the history back, in sentences.
 */
public final class HistoryService extends ServiceBase {

    /** How many changes a partner's history or the practice's list shows at most. */
    public static final int LIMIT = 500;

    HistoryService(Store store, Clock clock) {
        super(store, clock);
    }

    /**
     * Who makes the changes from now on in this process: the therapist at the workstation
     * ("Ik ben:" in the window, {@code --as} on the command line); null for "unknown".
     */
    public void actAs(Long therapistId) {
        store.history().actAs(therapistId);
    }

    /** Who the changes are written down for now; empty when unknown. */
    public Optional<Long> actor() {
        return store.history().actor();
    }

    /** A partner's changes since the day (all when null), newest first. */
    public List<Change> forPartner(long partnerId, LocalDate since) {
        return tx().read(() -> {
            store.partners().find(partnerId).orElseThrow(() -> new NotFoundException("partner", partnerId));
            return store.history().forPartner(partnerId, startOf(since), LIMIT);
        });
    }

    /** One record's changes, newest first. */
    public List<Change> forRecord(RecordKind kind, long recordId) {
        return tx().read(() -> store.history().forRecord(kind, recordId, LIMIT));
    }

    /** The practice's changes, newest first. */
    public List<Change> changes(ChangeQuery query) {
        return tx().read(() -> store.history().changes(query));
    }

    /** The practice's changes from a day on (all when null), by one therapist or anyone (null). */
    public List<Change> changes(LocalDate since, Long byTherapist) {
        ChangeQuery query = ChangeQuery.all().limit(LIMIT).from(startOf(since));
        return changes(byTherapist == null ? query : query.by(byTherapist));
    }

    /** When the history began in this database. */
    public Optional<Instant> startedAt() {
        return tx().read(() -> store.history().startedAt());
    }

    /** The changes as sentences in the user's language, with the names of the records they point to. */
    public List<HistoryLine> readable(List<Change> changes, Messages messages) {
        return tx().read(() -> new HistoryTexts(store, messages, clock.getZone()).lines(changes));
    }

    /** The start of the day in this practice's time zone; null for null. */
    public Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
    }
}
