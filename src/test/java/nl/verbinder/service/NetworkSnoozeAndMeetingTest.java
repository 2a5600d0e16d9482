package nl.verbinder.service;

import static nl.verbinder.testutil.NetworkBuilder.aNetwork;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.RefusalAssert.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.attention.AttentionFilter;
import nl.verbinder.domain.attention.AttentionOverview;
import nl.verbinder.domain.attention.NetworkAttentionItem;
import nl.verbinder.domain.attention.NetworkReasonCode;
import nl.verbinder.domain.attention.NetworkSnooze;
import nl.verbinder.domain.networks.OurRole;
import nl.verbinder.domain.networks.PracticeNetwork;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snoozing a network's attention item, and logging a network meeting. */
class NetworkSnoozeAndMeetingTest {

    private static final LocalDate TODAY = TestDatabase.TODAY;
    /** Seven months after the network was added: its first review is due (every six months). */
    private static final LocalDate DUE = TODAY.plusMonths(7);

    @TempDir
    Path folder;

    private TestDatabase db;
    private AttentionService attention;
    private PracticeNetwork network;
    private long gp;
    private long gym;

    @BeforeEach
    void open() {
        db = TestDatabase.in(folder);
        attention = db.services().attention();
        gp = db.services().partners().create(aPartner().named("Huisarts Oost").build()).id();
        gym = db.services().partners().create(aPartner().named("Sportschool Fit").build()).id();
        network = db.services().practiceNetworks().create(aNetwork().named("Beweegnetwerk Oost")
                .withRole(OurRole.PARTICIPANT).withMember(gp, "verwijzer").withMember(gym, "beweegaanbod").build());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aSnoozedNetworkStaysAwayUntilItsDayAndCountsFromTheDayItWasMade() {
        assertThat(networks(DUE)).extracting(NetworkAttentionItem::networkId).containsExactly(network.id());

        NetworkSnooze snooze = attention.snoozeNetwork(network.id(), DUE.plusDays(30), "na de zomer", DUE);

        assertThat(snooze.reasons()).containsExactly(NetworkReasonCode.NETWORK_REVIEW_DUE);
        assertThat(networks(DUE)).isEmpty();
        assertThat(attention.overview(DUE.plusDays(30), AttentionFilter.all()).snoozedNetworks())
                .extracting(NetworkAttentionItem::networkId).containsExactly(network.id());
        assertThat(networks(DUE.minusDays(1))).as("before the day it was made, the snooze hides nothing")
                .extracting(NetworkAttentionItem::networkId).containsExactly(network.id());
        assertThat(networks(DUE.plusDays(31))).as("back the day after").singleElement()
                .satisfies(i -> assertThat(i.snooze()).isEqualTo(snooze));
    }

    @Test
    void aNewReasonBringsASnoozedNetworkBackAtOnce() {
        attention.snoozeNetwork(network.id(), DUE.plusDays(60), null, DUE);
        PracticeNetwork current = db.services().practiceNetworks().get(network.id());
        db.services().practiceNetworks().update(new PracticeNetwork(current.id(), current.name(), current.kind(),
                current.governance(), current.focus(), current.scope(), current.region(), current.ourRole(),
                current.hoursPerQuarter(), "Module Netwerkzorg", DUE.plusDays(20), current.phase(), current.notes(),
                current.members(), current.goalIds(), current.createdAt(), current.updatedAt(), current.version()));

        assertThat(networks(DUE.plusDays(1))).singleElement()
                .satisfies(i -> assertThat(i.has(NetworkReasonCode.CONTRACT_AT_RISK)).isTrue());
    }

    @Test
    void unsnoozeBringsItBackAndAPastDayIsRefused() {
        attention.snoozeNetwork(network.id(), DUE.plusDays(30), null, DUE);
        attention.unsnoozeNetwork(network.id());
        assertThat(networks(DUE)).hasSize(1);

        assertRefused(() -> attention.snoozeNetwork(network.id(), DUE.minusDays(1), null, DUE))
                .onField("until", "error.snooze.until-past");
        assertRefused(() -> attention.snoozeNetwork(999_999, DUE, null, DUE))
                .onField("network", "error.network.unknown");
    }

    @Test
    void aNetworkMeetingCountsForTheNetworkAndForEachPartnerPresent() {
        List<ContactMoment> logged = db.services().practiceNetworks().logMeeting(network.id(),
                ContactMoment.builder().date(TODAY.minusDays(2)).kind(ContactKind.EVENT).summary("Kwartaaloverleg")
                        .build(), Set.of(gp, gym));

        assertThat(logged).extracting(ContactMoment::partnerId).containsExactlyInAnyOrder(gp, gym);
        assertThat(db.services().practiceNetworks().taggedMoments(network.id()))
                .containsExactlyInAnyOrderElementsOf(logged.stream().map(ContactMoment::id).toList());
        assertThat(db.services().moments().countForPartner(gp)).isEqualTo(1);
        assertRefused(() -> db.services().practiceNetworks().logMeeting(network.id(),
                ContactMoment.builder().date(TODAY).kind(ContactKind.EVENT).summary("Leeg").build(), Set.of()))
                .onField("partners", "error.required");
    }

    private List<NetworkAttentionItem> networks(LocalDate day) {
        AttentionOverview overview = attention.overview(day, AttentionFilter.all());
        return overview.networks();
    }
}
