package nl.verbinder.service.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.ImportRecord;
import nl.verbinder.domain.ImportSource;
import nl.verbinder.domain.MomentQuery;
import nl.verbinder.domain.calendar.MatchRule;
import nl.verbinder.domain.calendar.MomentProposal;
import nl.verbinder.testutil.AgendaPartners;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture agendas (Outlook, Google, Apple) against the partners they meet. */
class AgendaImportServiceTest {

    @TempDir
    Path folder;

    private TestDatabase db;
    private AgendaImportService agenda;
    private AgendaPartners p;

    /** Every meeting with a partner in the three fixture agendas: partner and day. */
    private Set<String> partnerMeetings() {
        return Set.of(
                p.deLinde() + "@2026-11-03", p.gemeente() + "@2026-11-12", p.deLinde() + "@2026-10-06",
                p.deLinde() + "@2026-10-13", p.deLinde() + "@2026-10-29", p.deLinde() + "@2026-11-10",
                p.zwangerEnZo() + "@2026-11-19",
                p.smaakvol() + "@2026-10-14", p.zwangerEnZo() + "@2026-10-21", p.vvNoordwijk() + "@2026-11-04",
                p.gemeente() + "@2026-11-09", p.smaakvol() + "@2026-11-20",
                p.wetering() + "@2026-10-22");
    }

    @BeforeEach
    void open() {
        db = TestDatabase.in(folder);
        agenda = db.services().agenda();
        p = AgendaPartners.in(db.services());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<MomentProposal> proposeAll() {
        return List.of("outlook-agenda.ics", "google-agenda.ics", "apple-agenda.ics").stream()
                .flatMap(f -> agenda.propose(AgendaPartners.file(f), null, null).proposals().stream()).toList();
    }

    @Test
    void atLeastNineInTenPartnerMeetingsAreProposedAndNothingElse() {
        Set<String> proposed = proposeAll().stream().map(m -> m.partnerId() + "@" + m.date())
                .collect(Collectors.toSet());

        Set<String> expected = partnerMeetings();
        long found = expected.stream().filter(proposed::contains).count();
        assertThat((double) found / expected.size()).isGreaterThanOrEqualTo(0.9);
        assertThat(found).as("today every one of them").isEqualTo(expected.size());
        assertThat(proposed).as("no private, cancelled, all-day, future or unrelated event").isSubsetOf(expected);
        assertThat(proposeAll()).hasSize(proposed.size());
    }

    @Test
    void eachProposalSaysWhyAndGetsItsKindDateAndPeople() {
        Map<String, MomentProposal> byTitle = proposeAll().stream()
                .collect(Collectors.toMap(MomentProposal::summary, m -> m, (a, b) -> a));

        MomentProposal poh = byTitle.get("Overleg POH ouderenzorg");
        assertThat(poh.kind()).isEqualTo(ContactKind.IN_PERSON);
        assertThat(poh.contactPersonIds()).containsExactly(p.anja());
        assertThat(poh.reasons().getFirst().rule()).isEqualTo(MatchRule.EMAIL);

        MomentProposal teams = byTitle.get("Afstemming valpreventie wijk Stevenshof");
        assertThat(teams.kind()).isEqualTo(ContactKind.VIDEO);
        assertThat(teams.partnerId()).isEqualTo(p.gemeente());
        assertThat(teams.date()).isEqualTo(LocalDate.of(2026, 11, 12));

        assertThat(byTitle.get("Werkgroep Gezond in de wijk").reasons().getFirst().rule()).isEqualTo(MatchRule.DOMAIN);
        assertThat(byTitle.get("Koffie met Jose Martinez").contactPersonIds()).containsExactly(p.jose());
        assertThat(byTitle.get("Bespreking zwangerschapsgym Zwanger & Zo").kind()).isEqualTo(ContactKind.VIDEO);
        assertThat(byTitle.get("Bellen VV Noordwijk over blessurespreekuur").kind()).isEqualTo(ContactKind.PHONE);
        assertThat(byTitle.get("Telefonisch overleg bekkenpijn zwangeren").kind()).isEqualTo(ContactKind.PHONE);
        assertThat(byTitle.get("Aquajoggen na knieoperatie: afspraken").reasons().getFirst().rule())
                .isEqualTo(MatchRule.PARTNER_NAME);
    }

    @Test
    void loggingAllIsOneImportAndTheSameFileProposesNothingNewAfterwards() {
        Path outlook = AgendaPartners.file("outlook-agenda.ics");
        AgendaProposals first = agenda.propose(outlook, null, null);

        ImportRecord record = agenda.logAll(first, null).orElseThrow();

        assertThat(record.source()).isEqualTo(ImportSource.CALENDAR);
        assertThat(record.items()).hasSize(first.proposals().size());
        assertThat(db.services().moments().list(MomentQuery.all())).hasSize(first.proposals().size());
        AgendaProposals again = agenda.propose(outlook, null, null);
        assertThat(again.proposals()).isEmpty();
        assertThat(again.remembered()).isEqualTo(first.proposals().size());
        assertThat(again.nothingNew()).isTrue();
        assertThat(agenda.logAll(again, null)).isEmpty();
        assertThat(db.services().moments().list(MomentQuery.all())).hasSize(first.proposals().size());
    }

    @Test
    void undoingTheImportRemovesItsMomentsAndProposesTheMeetingsAgain() {
        Path outlook = AgendaPartners.file("outlook-agenda.ics");
        int count = agenda.propose(outlook, null, null).proposals().size();
        agenda.logAll(agenda.propose(outlook, null, null), null);

        db.services().imports().undoLast();

        assertThat(db.services().moments().list(MomentQuery.all())).isEmpty();
        assertThat(db.rowCount("calendar_event")).isZero();
        assertThat(agenda.propose(outlook, null, null).proposals()).hasSize(count);
    }

    @Test
    void aMomentEditedAfterTheImportKeepsTheImportFromBeingUndone() {
        Path outlook = AgendaPartners.file("outlook-agenda.ics");
        agenda.logAll(agenda.propose(outlook, null, null), null);
        ContactMoment one = db.services().moments().list(MomentQuery.all()).getFirst().moment();
        db.services().moments().update(one.toBuilder().offered("Folder valpreventie").build());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.services().imports().undoLast())
                .isInstanceOf(nl.verbinder.service.transfer.imports.UndoRefusedException.class);
        assertThat(db.services().moments().list(MomentQuery.all())).isNotEmpty();
    }

    @Test
    void anAcceptedOrSkippedMeetingIsNotProposedAgain() {
        Path google = AgendaPartners.file("google-agenda.ics");
        List<MomentProposal> proposals = agenda.propose(google, null, null).proposals();
        MomentProposal first = proposals.get(0);
        MomentProposal second = proposals.get(1);

        ContactMoment logged = agenda.accept(first, agenda.draft(first, null).toBuilder()
                .offered("Verwijzing bij overgewicht").asked("Gezamenlijk spreekuur").build());
        agenda.skip(second);

        assertThat(logged.offered()).isEqualTo("Verwijzing bij overgewicht");
        List<MomentProposal> left = agenda.propose(google, null, null).proposals();
        assertThat(left).hasSize(proposals.size() - 2).doesNotContain(first, second);
    }

    @Test
    void aPartnerInTheTrashIsNotMatched() {
        db.services().partners().moveToTrash(p.wetering());

        assertThat(agenda.propose(AgendaPartners.file("apple-agenda.ics"), null, null).proposals()).isEmpty();
    }
}
