package nl.verbinder.service.calendar;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.ImportItem;
import nl.verbinder.domain.ImportRecord;
import nl.verbinder.domain.ImportSource;
import nl.verbinder.domain.ImportedEntity;
import nl.verbinder.domain.calendar.CalendarEvent;
import nl.verbinder.domain.calendar.EventKey;
import nl.verbinder.domain.calendar.EventMatcher;
import nl.verbinder.domain.calendar.MomentProposal;
import nl.verbinder.service.ContactMomentService;
import nl.verbinder.store.CalendarEventRepository.Decision;
import nl.verbinder.store.Store;

/**
 * From the agenda to the log: reads an agenda file, proposes a contact moment for each past
 * meeting with a partner, and logs the ones the user accepts through the normal rules of
 * {@link ContactMomentService}. Accepted and skipped meetings are remembered, so the same file
 * proposes nothing twice.
 */
public final class AgendaImportService {

    /** Dutch practices: a floating time in an agenda, and the day of a meeting, are in this zone. */
    public static final ZoneId PRACTICE_ZONE = ZoneId.of("Europe/Amsterdam");

    private final Store store;
    private final Clock clock;
    private final ContactMomentService moments;
    private final AgendaReader reader = new AgendaReader(PRACTICE_ZONE);

    public AgendaImportService(Store store, Clock clock, ContactMomentService moments) {
        this.store = store;
        this.clock = clock;
        this.moments = moments;
    }

    /**
     * The contact moments this agenda file proposes: its meetings from {@code from} to {@code to}
     * (either may be {@code null}) that took place before now, match a partner, and were not
     * accepted or skipped before.
     *
     * @throws nl.verbinder.domain.VerbinderException when the file is unreadable, empty or not an agenda
     */
    public AgendaProposals propose(Path file, LocalDate from, LocalDate to) {
        AgendaFile read = reader.read(file, from, to, clock.instant());
        return store.transactions().read(() -> {
            EventMatcher matcher = new EventMatcher(store.calendarEvents().directory());
            List<MomentProposal> matched = new ArrayList<>();
            int unmatched = 0;
            for (CalendarEvent event : read.events()) {
                Optional<MomentProposal> proposal = matcher.match(event);
                if (proposal.isPresent()) {
                    matched.add(proposal.get());
                } else {
                    unmatched++;
                }
            }
            Set<EventKey> known = store.calendarEvents().remembered(matched.stream().map(MomentProposal::key).toList());
            List<MomentProposal> fresh = matched.stream().filter(p -> !known.contains(p.key())).toList();
            return new AgendaProposals(read, fresh, matched.size() - fresh.size(), unmatched);
        });
    }

    /** The contact moment a proposal stands for, before the user adds to it. */
    public ContactMoment draft(MomentProposal proposal, Long loggedBy) {
        return ContactMoment.builder()
                .partnerId(proposal.partnerId())
                .date(proposal.date())
                .kind(proposal.kind())
                .summary(proposal.summary().isBlank() ? proposal.partnerName() : proposal.summary())
                .contactPersonIds(proposal.contactPersonIds())
                .loggedBy(loggedBy)
                .therapistIds(loggedBy == null ? Set.of() : Set.of(loggedBy))
                .build();
    }

    /** Logs the moment the user made of a proposal (by the normal rules) and remembers the meeting. */
    public ContactMoment accept(MomentProposal proposal, ContactMoment moment) {
        return store.transactions().write(() -> {
            ContactMoment logged = moments.log(moment);
            store.calendarEvents().remember(proposal.key(), Decision.ACCEPTED, logged.partnerId(), logged.id(), null,
                    now());
            return logged;
        });
    }

    /** Remembers that the user skipped this meeting: it is not proposed again. */
    public void skip(MomentProposal proposal) {
        store.transactions().writing(() -> store.calendarEvents().remember(proposal.key(), Decision.SKIPPED,
                proposal.partnerId(), null, null, now()));
    }

    /**
     * Logs every proposal as it stands, as one import: one transaction, recorded in the import
     * history so that {@code import undo --last} takes it back (and the meetings are proposed again).
     *
     * @return the import, or empty when there was nothing to log
     */
    public Optional<ImportRecord> logAll(AgendaProposals proposals, Long loggedBy) {
        if (proposals.proposals().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(store.transactions().write(() -> {
            List<ImportItem> items = new ArrayList<>();
            List<ContactMoment> logged = new ArrayList<>();
            for (MomentProposal proposal : proposals.proposals()) {
                ContactMoment moment = moments.log(draft(proposal, loggedBy));
                logged.add(moment);
                items.add(ImportItem.created(ImportedEntity.CONTACT_MOMENT, moment.id(), moment.version()));
            }
            Instant now = now();
            long importId = store.importRecords().insert(new ImportRecord(null, ImportSource.CALENDAR,
                    proposals.file().fileName(), now, proposals.proposals().size(), 0, null, items));
            for (int i = 0; i < logged.size(); i++) {
                MomentProposal proposal = proposals.proposals().get(i);
                store.calendarEvents().remember(proposal.key(), Decision.ACCEPTED, proposal.partnerId(),
                        logged.get(i).id(), importId, now);
            }
            return store.importRecords().find(importId).orElseThrow();
        }));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
