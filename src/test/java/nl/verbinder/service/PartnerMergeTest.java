package nl.verbinder.service;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.verbinder.domain.ConflictException;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.EnvironmentFactor;
import nl.verbinder.domain.EnvironmentNote;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.NotFoundException;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnerMergeTest {

    @TempDir
    Path folder;

    private TestDatabase db;
    private Services services;
    private Partner kept;
    private Partner gone;

    @BeforeEach
    void open() {
        db = TestDatabase.in(folder);
        services = db.services();
        kept = services.partners().create(aPartner().named("Huisartsenpraktijk De Linde").withPostcode("3511 AB")
                .tagged("diabetes").build());
        gone = services.partners().create(aPartner().named("Huisartsenpraktijk de Linde").withPostcode("3511AB")
                .withEmail("info@delinde.example").withPhone("030-1234567").tagged("ouderen").build());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everythingOfTheOtherMovesToTheOneThatStaysAndTheOtherIsGone() {
        ContactPerson marieke = services.contactPersons().add(ContactPerson.newAt(gone.id(), "Marieke Jansen",
                "praktijkmanager", null, null, null, null));
        ContactMoment moment = services.moments().log(ContactMoment.builder().partnerId(gone.id())
                .date(LocalDate.of(2026, 10, 1)).kind(ContactKind.PHONE).summary("Kennismaking")
                .contactPersonIds(Set.of(marieke.id())).build());
        SharedGoal goal = services.goals().create(SharedGoal.newGoal("Samen bewegen voor ouderen", null, null, null,
                null, GoalStatus.ACTIVE, null, Set.of(gone.id(), kept.id())));
        EnvironmentNote note = services.environment().create(EnvironmentNote.newNote(EnvironmentFactor.EXISTING_NETWORKS,
                null, "Ouderennetwerk Oost", null, null, null, null, Set.of(gone.id())));

        Partner merged = services.partners().merge(kept.toBuilder().email(gone.email()).phone(gone.phone())
                .tags(List.of("diabetes", "ouderen")).build(), gone.id(), gone.version());

        assertThat(merged.email()).isEqualTo("info@delinde.example");
        assertThat(merged.tags()).containsExactly("diabetes", "ouderen");
        assertThat(services.contactPersons().forPartner(kept.id())).extracting(ContactPerson::name)
                .containsExactly("Marieke Jansen");
        assertThat(services.moments().timeline(kept.id())).extracting(v -> v.moment().id()).containsExactly(moment.id());
        assertThat(services.moments().get(moment.id()).contactPersonIds()).containsExactly(marieke.id());
        assertThat(services.goals().get(goal.id()).partnerIds()).containsExactly(kept.id());
        assertThat(services.goals().get(goal.id()).version()).isEqualTo(goal.version() + 1);
        assertThat(services.environment().list()).filteredOn(n -> n.id().equals(note.id()))
                .singleElement().satisfies(n -> assertThat(n.partnerIds()).containsExactly(kept.id()));
        assertThatThrownBy(() -> services.partners().get(gone.id())).isInstanceOf(NotFoundException.class);
        assertThat(services.partners().trash()).isEmpty();
    }

    @Test
    void theOtherChangedSinceTheUserSawItRefusesTheMergeAndKeepsBoth() {
        services.partners().update(gone.toBuilder().city("Zeist").build());

        assertThatThrownBy(() -> services.partners().merge(kept, gone.id(), gone.version()))
                .isInstanceOf(ConflictException.class);

        assertThat(services.partners().get(gone.id()).city()).isEqualTo("Zeist");
        assertThat(services.partners().get(kept.id()).version()).isEqualTo(kept.version());
    }

    @Test
    void theOneThatStaysChangedSinceTheUserSawItRefusesTheMerge() {
        services.partners().update(kept.toBuilder().city("Zeist").build());

        assertThatThrownBy(() -> services.partners().merge(kept, gone.id(), gone.version()))
                .isInstanceOf(ConflictException.class);
        assertThat(services.partners().get(gone.id())).isNotNull();
    }

    @Test
    void aPartnerCannotBeMergedWithItself() {
        assertThatThrownBy(() -> services.partners().merge(kept, kept.id(), kept.version()))
                .isInstanceOfSatisfying(VerbinderException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.merge.same-partner"));
    }

    @Test
    void aRefusedMergeMovesNothing() {
        ContactPerson marieke = services.contactPersons().add(ContactPerson.newAt(gone.id(), "Marieke Jansen",
                null, null, null, null, null));

        assertThatThrownBy(() -> services.partners().merge(kept.toBuilder().email("geen adres").build(), gone.id(),
                gone.version())).isInstanceOf(VerbinderException.class);

        assertThat(services.contactPersons().get(marieke.id()).partnerId()).isEqualTo(gone.id());
        assertThat(services.partners().get(gone.id())).isNotNull();
    }
}
