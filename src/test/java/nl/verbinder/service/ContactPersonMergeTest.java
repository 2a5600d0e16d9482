package nl.verbinder.service;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import nl.verbinder.domain.ConflictException;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.NotFoundException;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactPersonMergeTest {

    @TempDir
    Path folder;

    private TestDatabase db;
    private Services services;
    private Partner linde;
    private ContactPerson kept;
    private ContactPerson gone;

    @BeforeEach
    void open() {
        db = TestDatabase.in(folder);
        services = db.services();
        linde = services.partners().create(aPartner().named("Huisartsenpraktijk De Linde").build());
        kept = services.contactPersons().add(ContactPerson.newAt(linde.id(), "Marieke Jansen", "huisarts", null, null,
                null, null));
        gone = services.contactPersons().add(ContactPerson.newAt(linde.id(), "M. Jansen", null,
                "m.jansen@delinde.example", null, null, null));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void momentsOfTheOtherNameTheOneThatStaysOnce() {
        ContactMoment both = log(Set.of(kept.id(), gone.id()));
        ContactMoment onlyGone = log(Set.of(gone.id()));

        ContactPerson merged = services.contactPersons().merge(new ContactPerson(kept.id(), linde.id(), kept.name(),
                kept.role(), gone.email(), null, null, null, null, null, kept.version()), gone.id(), gone.version());

        assertThat(merged.email()).isEqualTo("m.jansen@delinde.example");
        assertThat(services.moments().get(both.id()).contactPersonIds()).containsExactly(kept.id());
        assertThat(services.moments().get(onlyGone.id()).contactPersonIds()).containsExactly(kept.id());
        assertThat(services.moments().get(onlyGone.id()).version()).isEqualTo(onlyGone.version() + 1);
        assertThatThrownBy(() -> services.contactPersons().get(gone.id())).isInstanceOf(NotFoundException.class);
        assertThat(services.contactPersons().countMentions("Marieke Jansen")).isGreaterThan(0);
    }

    @Test
    void personsOfDifferentPartnersAreNotMerged() {
        Partner other = services.partners().create(aPartner().named("Huisarts Oost").build());
        ContactPerson elsewhere = services.contactPersons().add(ContactPerson.newAt(other.id(), "Marieke Jansen", null,
                null, null, null, null));

        assertThatThrownBy(() -> services.contactPersons().merge(kept, elsewhere.id(), elsewhere.version()))
                .isInstanceOfSatisfying(VerbinderException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.merge.other-partner"));
        assertThat(services.contactPersons().get(elsewhere.id())).isNotNull();
    }

    @Test
    void theOtherChangedSinceTheUserSawItRefusesTheMerge() {
        services.contactPersons().update(new ContactPerson(gone.id(), linde.id(), "Marieke Jansen-de Boer", null, null,
                null, null, null, null, null, gone.version()));

        assertThatThrownBy(() -> services.contactPersons().merge(kept, gone.id(), gone.version()))
                .isInstanceOf(ConflictException.class);
        assertThat(services.contactPersons().forPartner(linde.id())).hasSize(2);
    }

    private ContactMoment log(Set<Long> persons) {
        return services.moments().log(ContactMoment.builder().partnerId(linde.id()).date(LocalDate.of(2026, 11, 2))
                .kind(ContactKind.IN_PERSON).summary("Overleg").contactPersonIds(persons).build());
    }
}
