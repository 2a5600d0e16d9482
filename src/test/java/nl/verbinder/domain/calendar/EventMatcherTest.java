package nl.verbinder.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.verbinder.domain.ContactKind;
import org.junit.jupiter.api.Test;

class EventMatcherTest {

    private static final long DE_LINDE = 1;
    private static final long ANJA = 11;
    private static final long SMAAKVOL = 2;
    private static final long JOSE = 21;
    private static final long LINDE = 3;

    private final EventMatcher matcher = new EventMatcher(new PartnerDirectory(List.of(
            new PartnerDirectory.Entry(DE_LINDE, "Huisartsenpraktijk De Linde", "https://www.hapdelinde.nl/contact",
                    "info@hapdelinde.nl", List.of(new PartnerDirectory.Person(ANJA, "Anja Bakker",
                            "Anja.Bakker@hapdelinde.nl"))),
            new PartnerDirectory.Entry(SMAAKVOL, "Diëtistenpraktijk Smaakvol", null, "praktijk@gmail.com",
                    List.of(new PartnerDirectory.Person(JOSE, "José Martínez", "jose.martinez@hotmail.com"))),
            new PartnerDirectory.Entry(LINDE, "Linde", null, null, List.of()))));

    private static CalendarEvent event(String title, String location, String description, String... emails) {
        return new CalendarEvent("uid-1", "", Instant.parse("2026-11-03T09:00:00Z"), LocalDate.of(2026, 11, 3),
                title, location, description, List.of(emails));
    }

    @Test
    void anAttendeesAddressThatIsAContactPersonsMatchesWithThatPerson() {
        MomentProposal proposal = matcher.match(event("Overleg", "", "", "me@fysiodebrug.nl",
                "anja.bakker@HAPDELINDE.nl")).orElseThrow();

        assertThat(proposal.partnerId()).isEqualTo(DE_LINDE);
        assertThat(proposal.contactPersonIds()).containsExactly(ANJA);
        assertThat(proposal.reasons().getFirst()).isEqualTo(new MatchReason(MatchRule.EMAIL, "anja.bakker@hapdelinde.nl"));
    }

    @Test
    void anAttendeesDomainThatIsThePartnersWebsiteMatchesWithoutAContactPerson() {
        MomentProposal proposal = matcher.match(event("Overleg", "", "", "dokter.smit@hapdelinde.nl")).orElseThrow();

        assertThat(proposal.partnerId()).isEqualTo(DE_LINDE);
        assertThat(proposal.contactPersonIds()).isEmpty();
        assertThat(proposal.reasons()).containsExactly(new MatchReason(MatchRule.DOMAIN, "hapdelinde.nl"));
    }

    @Test
    void aSubdomainOfThePartnersDomainMatches() {
        assertThat(matcher.match(event("Overleg", "", "", "noreply@mail.hapdelinde.nl")).map(MomentProposal::partnerId))
                .contains(DE_LINDE);
    }

    @Test
    void aCommonMailProvidersDomainMatchesNobody() {
        // Smaakvol's own address is at gmail.com and José's at hotmail.com: someone else there is no one of theirs.
        assertThat(matcher.match(event("Lunch", "", "", "kees@gmail.com", "piet@hotmail.com", "an@ziggo.nl")))
                .isEmpty();
    }

    @Test
    void aContactPersonsOwnAddressAtACommonProviderStillMatches() {
        assertThat(matcher.match(event("Lunch", "", "", "jose.martinez@hotmail.com")).map(MomentProposal::partnerId))
                .contains(SMAAKVOL);
    }

    @Test
    void aNameMatchesWithoutItsAccentsAndInAnyCase() {
        MomentProposal proposal = matcher.match(event("koffie met JOSE MARTINEZ", "", "")).orElseThrow();

        assertThat(proposal.partnerId()).isEqualTo(SMAAKVOL);
        assertThat(proposal.contactPersonIds()).containsExactly(JOSE);
        assertThat(proposal.reasons()).containsExactly(new MatchReason(MatchRule.PERSON_NAME, "José Martínez"));
    }

    @Test
    void aPartnersNameWithAccentsMatchesTheTitleWithout() {
        assertThat(matcher.match(event("Overleg Dietistenpraktijk Smaakvol", "", "")).map(MomentProposal::partnerId))
                .contains(SMAAKVOL);
    }

    @Test
    void aNameInTheLocationMatches() {
        MomentProposal proposal = matcher.match(event("Overleg", "Huisartsenpraktijk De Linde, Lindelaan 4", ""))
                .orElseThrow();

        assertThat(proposal.partnerId()).isEqualTo(DE_LINDE);
        assertThat(proposal.reasons()).extracting(MatchReason::rule).containsExactly(MatchRule.PARTNER_NAME);
    }

    @Test
    void aNameDoesNotMatchInsideAnotherWord() {
        assertThat(matcher.match(event("Squash", "Sporthal De Lindeboom", ""))).isEmpty();
        assertThat(matcher.match(event("Lindelaan 4 opruimen", "", ""))).isEmpty();
        assertThat(matcher.match(event("Overleg Anjaberg", "", ""))).isEmpty();
    }

    @Test
    void aNameMatchesAsAWholeWordBesidePunctuation() {
        assertThat(matcher.match(event("Overleg (Linde)", "", "")).map(MomentProposal::partnerId)).contains(LINDE);
    }

    @Test
    void theStrongestReasonChoosesThePartner() {
        // The title names Linde, an attendee is Anja of De Linde: the e-mail address wins.
        MomentProposal proposal = matcher.match(event("Overleg Linde", "", "", "anja.bakker@hapdelinde.nl"))
                .orElseThrow();

        assertThat(proposal.partnerId()).isEqualTo(DE_LINDE);
    }

    @Test
    void everyReasonIsGivenStrongestFirst() {
        MomentProposal proposal = matcher.match(event("Overleg met Anja Bakker", "", "",
                "anja.bakker@hapdelinde.nl")).orElseThrow();

        assertThat(proposal.reasons()).extracting(MatchReason::rule)
                .containsExactly(MatchRule.EMAIL, MatchRule.DOMAIN, MatchRule.PERSON_NAME);
    }

    @Test
    void theKindComesFromTheEvent() {
        assertThat(MeetingKind.of(event("Overleg", "Lindelaan 4", ""))).isEqualTo(ContactKind.IN_PERSON);
        assertThat(MeetingKind.of(event("Overleg", "Microsoft Teams-vergadering", ""))).isEqualTo(ContactKind.VIDEO);
        assertThat(MeetingKind.of(event("Overleg", "", "https://us02web.zoom.us/j/123"))).isEqualTo(ContactKind.VIDEO);
        assertThat(MeetingKind.of(event("Overleg", "", "https://meet.google.com/abc"))).isEqualTo(ContactKind.VIDEO);
        assertThat(MeetingKind.of(event("Overleg", "https://whereby.com/x", ""))).isEqualTo(ContactKind.VIDEO);
        assertThat(MeetingKind.of(event("Bellen", "", ""))).isEqualTo(ContactKind.PHONE);
    }

    @Test
    void theProposalCarriesTheDateAndTitle() {
        MomentProposal proposal = matcher.match(event("Overleg POH", "", "", "anja.bakker@hapdelinde.nl"))
                .orElseThrow();

        assertThat(proposal.date()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(proposal.summary()).isEqualTo("Overleg POH");
        assertThat(proposal.kind()).isEqualTo(ContactKind.PHONE);
    }
}
