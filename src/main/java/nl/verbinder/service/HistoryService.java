package nl.verbinder.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    /** The lines of a partner's Geschiedenis tab at first, and how many more each "older changes" adds. */
    public static final int PAGE = 100;

    /** The record kinds whose fields a form edits, and so an undo may write back. */
    private static final Set<RecordKind> EDITED = EnumSet.of(RecordKind.PARTNER,
            RecordKind.CONTACT_PERSON, RecordKind.CONTACT_MOMENT, RecordKind.GOAL, RecordKind.NOTE,
            RecordKind.THERAPIST, RecordKind.PRACTICE);

    HistoryService(Store store, Clock clock) {
        super(store, clock);
    }

    /**
     * What an undo did: the change it undid, and the id of the change the undo itself made
     * (pass it as {@code afterChangeId} next time, so an undo is not undone: one step, no redo).
     */
    public record Undone(Change change, long undoChangeId) {
    }

    /**
     * Undoes the last field edit saved from {@code since} on (the window's opening) and after
     * the change {@code afterChangeId} (0 for any) by whoever works at this workstation: every
     * field it changed gets its value from before, in one change that the history records too.
     *
     * @return the change that was undone, and the undo's own change
     * @throws VerbinderException {@code history.undo.nothing} when there is no such edit;
     *                            {@code history.undo.changed-since} when the record was changed
     *                            after it (by someone else, or in another way), so the undo would
     *                            overwrite that; {@code history.undo.gone} when the record is gone
     */
    public Undone undoLastEdit(Instant since, long afterChangeId) {
        return tx().write(() -> {
            Change edit = store.history().lastOwnEdit(store.history().actor().orElse(null), since, afterChangeId,
                    EDITED).orElseThrow(() -> new nl.verbinder.domain.VerbinderException("history.undo.nothing"));
            long newest = store.history().lastChangeId(edit.kind(), edit.recordId()).orElse(edit.id());
            if (newest != edit.id()) {
                throw new nl.verbinder.domain.VerbinderException("history.undo.changed-since",
                        edit.label() == null ? "" : edit.label());
            }
            Map<String, String> before = new LinkedHashMap<>();
            edit.fields().forEach(f -> before.put(f.field(), f.oldValue()));
            if (!store.history().restoreFields(edit.kind(), edit.recordId(), before, now())) {
                throw new nl.verbinder.domain.VerbinderException("history.undo.gone",
                        edit.label() == null ? "" : edit.label());
            }
            return new Undone(edit, store.history().lastChangeId(edit.kind(), edit.recordId()).orElse(edit.id()));
        });
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

    /** A partner's changes since the day (all when null), newest first: the newest {@link #LIMIT}. */
    public List<Change> forPartner(long partnerId, LocalDate since) {
        return forPartner(partnerId, since, LIMIT);
    }

    /**
     * A partner's newest {@code limit} changes since the day (all when null), newest first. The
     * Geschiedenis tab asks a page at a time ({@link #PAGE}): its time then depends on the page,
     * not on how long the partner's history has grown.
     */
    public List<Change> forPartner(long partnerId, LocalDate since, int limit) {
        return tx().read(() -> {
            store.partners().find(partnerId).orElseThrow(() -> new NotFoundException("partner", partnerId));
            return store.history().forPartner(partnerId, startOf(since), limit);
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

    /**
     * A field's value as it was at the end of a day, for the records of a kind that changed it
     * since (the first later change's "from"); records not in the map had their value of now.
     * Before the history began, what is known: the value at the history's start. The lists
     * of a past day (attention, map, Inzicht, report) do the same in SQL (store.jdbc.AsOf).
     */
    public Map<Long, String> valuesAsOf(RecordKind kind, String field, LocalDate day) {
        return tx().read(() -> store.history().valuesAsOf(kind, field, startOf(day.plusDays(1))));
    }

    /**
     * A partner's status at the end of a day: from the history, or its status now when it did
     * not change since; empty when the partner did not exist yet on that day (made later, no
     * contact moment on or before the day, and not known since a day on or before it).
     */
    public Optional<nl.verbinder.domain.PartnerStatus> partnerStatusAsOf(long partnerId, LocalDate day) {
        return tx().read(() -> {
            var partner = store.partners().find(partnerId).orElseThrow(() -> new NotFoundException("partner",
                    partnerId));
            Instant end = startOf(day.plusDays(1));
            boolean madeLater = store.history().createdAfter(RecordKind.PARTNER, end).contains(partnerId)
                    || partner.createdAt() != null && partner.createdAt().isAfter(end);
            boolean contactBefore = !store.contactMoments().list(nl.verbinder.domain.MomentQuery.all()
                    .forPartner(partnerId).between(LocalDate.of(1900, 1, 1), day).limitedTo(1)).isEmpty();
            boolean knownBefore = partner.knownSince() != null && !partner.knownSince().isAfter(day);
            if (madeLater && !contactBefore && !knownBefore) {
                return Optional.empty();
            }
            String then = store.history().valuesAsOf(RecordKind.PARTNER, "status", end).get(partnerId);
            return Optional.of(then == null ? partner.status()
                    : nl.verbinder.domain.Coded.fromCode(nl.verbinder.domain.PartnerStatus.class, then));
        });
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
