package nl.verbinder.service;

import static nl.verbinder.domain.relationship.RelationshipQuestion.OPENNESS;
import static nl.verbinder.domain.relationship.RelationshipQuestion.RELIABILITY;
import static nl.verbinder.testutil.NetworkBuilder.aNetwork;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.ReviewBuilder.aReview;
import static nl.verbinder.testutil.SharedGoalBuilder.aGoal;
import static nl.verbinder.testutil.TherapistBuilder.aTherapist;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.history.Change;
import nl.verbinder.domain.history.ChangeAction;
import nl.verbinder.domain.history.FieldChange;
import nl.verbinder.domain.history.RecordKind;
import nl.verbinder.domain.networks.NetworkPhase;
import nl.verbinder.domain.networks.NetworkReview;
import nl.verbinder.domain.networks.PracticeNetwork;
import nl.verbinder.i18n.Messages;
import nl.verbinder.testutil.MutableClock;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The networks, their members, goals, phases and reviews, and the relationship checks land in
 * the history like the other records (V15), with who and each field; on both stores.
 */
class NetworkHistoryRecordingTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 9);

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(MONDAY);
    private TestDatabase db;
    private Services s;
    private Therapist anna;
    private Partner gp;

    @BeforeEach
    void open() {
        db = TestDatabase.in(folder, clock);
        s = db.services();
        anna = s.therapists().add(aTherapist().named("Anna de Vries").build());
        gp = s.partners().create(aPartner().named("Huisarts Oost").build());
        s.history().actAs(anna.id());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> sentences(List<Change> changes) {
        return s.history().readable(changes, Messages.dutch()).stream().map(HistoryLine::sentence).toList();
    }

    @Test
    void aNetworkItsFieldsAndItsPhasesAreRecorded() {
        PracticeNetwork n = s.practiceNetworks().create(aNetwork().named("Valpreventie Oost").build(),
                LocalDate.of(2026, 1, 10));
        n = s.practiceNetworks().update(n.withNotes("Kerngroep elke maand"));
        s.practiceNetworks().changePhase(n.id(), n.version(), NetworkPhase.PARTICIPATING, LocalDate.of(2026, 9, 1));

        List<Change> network = s.history().forRecord(RecordKind.NETWORK, n.id());
        assertThat(network.getFirst().action()).isEqualTo(ChangeAction.UPDATE);
        assertThat(network.getFirst().actor()).isEqualTo("Anna de Vries");
        assertThat(network.getFirst().fields()).contains(new FieldChange("phase", n.phase().code(), "participating"));
        assertThat(network).extracting(Change::action).contains(ChangeAction.INSERT);
        assertThat(network.stream().flatMap(c -> c.fields().stream()))
                .contains(new FieldChange("notes", null, "Kerngroep elke maand"));
        assertThat(sentences(network).getLast()).isEqualTo("Anna de Vries voegde netwerk Valpreventie Oost toe");

        List<Change> phases = s.history().changes(nl.verbinder.domain.history.ChangeQuery.all().limit(50)
                .of(RecordKind.NETWORK_PHASE));
        assertThat(phases).hasSize(2).allSatisfy(c -> assertThat(c.label()).isEqualTo("Valpreventie Oost"));
        assertThat(phases.getFirst().fields()).contains(new FieldChange("phase", null, "participating"),
                new FieldChange("since", null, "2026-09-01"));
    }

    @Test
    void membersAndGoalsAreLinksAndAMemberShowsInItsPartnersHistory() {
        long goal = s.goals().create(aGoal().titled("Valpreventie").build()).id();
        PracticeNetwork n = s.practiceNetworks().create(aNetwork().named("Valpreventie Oost").build());
        n = s.practiceNetworks().addMember(n.id(), n.version(), gp.id(), "lid");
        n = s.practiceNetworks().linkGoal(n.id(), n.version(), goal);
        s.practiceNetworks().removeMember(n.id(), n.version(), gp.id());

        List<String> partner = sentences(s.history().forPartner(gp.id(), null));
        assertThat(partner).startsWith("Anna de Vries haalde Huisarts Oost weg bij netwerk Valpreventie Oost",
                "Anna de Vries voegde Huisarts Oost toe aan netwerk Valpreventie Oost");
        List<Change> goals = s.history().changes(nl.verbinder.domain.history.ChangeQuery.all().limit(50)
                .of(RecordKind.NETWORK_GOAL));
        assertThat(sentences(goals)).containsExactly("Anna de Vries koppelde doel Valpreventie aan netwerk Valpreventie Oost");
    }

    @Test
    void aReviewAndADeletedNetworkKeepTheNetworksName() {
        PracticeNetwork n = s.practiceNetworks().create(aNetwork().named("GLI-keten").withMember(gp.id(), "lid").build());
        NetworkReview review = s.practiceNetworks().review(aReview().of(n.id()).on(MONDAY).build());

        Change made = s.history().forRecord(RecordKind.NETWORK_REVIEW, review.id()).getFirst();
        assertThat(made.action()).isEqualTo(ChangeAction.INSERT);
        assertThat(made.fields()).contains(new FieldChange("reviewed_on", null, "2026-11-09"));
        assertThat(sentences(List.of(made))).containsExactly("Anna de Vries voegde de evaluatie van netwerk GLI-keten toe");

        s.practiceNetworks().delete(n.id());

        assertThat(s.history().forRecord(RecordKind.NETWORK, n.id()).getFirst().action()).isEqualTo(ChangeAction.DELETE);
        Change reviewGone = s.history().forRecord(RecordKind.NETWORK_REVIEW, review.id()).getFirst();
        assertThat(reviewGone.action()).isEqualTo(ChangeAction.DELETE);
        assertThat(reviewGone.label()).isEqualTo("GLI-keten");
        assertThat(sentences(s.history().forPartner(gp.id(), null)).getFirst())
                .isEqualTo("Anna de Vries haalde Huisarts Oost weg bij netwerk GLI-keten");
    }

    @Test
    void aRelationshipCheckIsRecordedInThePartnersHistory() {
        s.relationshipChecks().save(gp.id(), Map.of(OPENNESS, 2, RELIABILITY, 3));
        s.relationshipChecks().save(gp.id(), Map.of(OPENNESS, 4, RELIABILITY, 3));

        List<Change> partner = s.history().forPartner(gp.id(), null).stream()
                .filter(c -> c.kind() == RecordKind.RELATIONSHIP_CHECK).toList();
        assertThat(partner).extracting(Change::action).containsExactly(ChangeAction.UPDATE, ChangeAction.INSERT);
        assertThat(partner.getFirst().fields()).containsExactly(new FieldChange("openness", "2", "4"));
        assertThat(sentences(partner).getFirst())
                .isEqualTo("Anna de Vries zette de openheid van de relatiecheck van Huisarts Oost van 2 op 4");
    }
}
