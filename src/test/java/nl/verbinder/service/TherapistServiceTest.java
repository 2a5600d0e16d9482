package nl.verbinder.service;

import static nl.verbinder.testutil.RefusalAssert.assertRefused;
import static nl.verbinder.testutil.TherapistBuilder.aTherapist;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.verbinder.domain.Therapist;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TherapistServiceTest {

    @TempDir
    Path folder;

    private TestDatabase db;
    private TherapistService therapists;

    @BeforeEach
    void open() {
        db = TestDatabase.in(folder);
        therapists = db.services().therapists();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void refusesSecondTherapistWithTheSameNameInAnyCase() {
        therapists.add(aTherapist().named("Sanne Jansen").build());

        assertRefused(() -> therapists.add(aTherapist().named("  sanne JANSEN ").build()))
                .onField("name", "error.therapist.duplicate")
                .saysInDutch("Naam: er is al een therapeut met de naam 'sanne JANSEN'")
                .saysInEnglish("Name: there already is a therapist named 'sanne JANSEN'");
        assertThat(db.rowCount("therapist")).isEqualTo(1);
    }

    @Test
    void renamingATherapistToTheirOwnNameInOtherCaseIsNoDuplicate() {
        Therapist sanne = therapists.add(aTherapist().named("Sanne Jansen").build());

        Therapist renamed = therapists.update(new Therapist(sanne.id(), "SANNE JANSEN", sanne.role(), true,
                sanne.competences(), sanne.createdAt(), sanne.updatedAt(), sanne.version()));

        assertThat(renamed.name()).isEqualTo("SANNE JANSEN");
    }

    @Test
    void refusesRenamingToAnotherTherapistsName() {
        therapists.add(aTherapist().named("Sanne Jansen").build());
        Therapist mo = therapists.add(aTherapist().named("Mo Yılmaz").build());

        assertRefused(() -> therapists.update(new Therapist(mo.id(), "Sanne Jansen", mo.role(), true, null,
                mo.createdAt(), mo.updatedAt(), mo.version())))
                .onField("name", "error.therapist.duplicate");
        assertThat(therapists.get(mo.id())).isEqualTo(mo);
    }

    @Test
    void refusesTherapistWithoutNameOrRole() {
        assertRefused(() -> therapists.add(aTherapist().named(" ").withRole(null).build()))
                .onField("name", "error.required")
                .onField("role", "error.required")
                .saysInDutch("Naam: vul dit in", "Functie: vul dit in")
                .saysInEnglish("Name: fill this in", "Role: fill this in");
        assertThat(db.rowCount("therapist")).isZero();
    }

    @Test
    void resolvesATherapistByNameOrNumber() {
        Therapist sanne = therapists.add(aTherapist().named("Sanne Jansen").build());

        assertThat(therapists.resolve("sanne jansen", "owner")).isEqualTo(sanne);
        assertThat(therapists.resolve(String.valueOf(sanne.id()), "owner")).isEqualTo(sanne);
    }

    @Test
    void resolvingAnUnknownNameListsTheKnownTherapists() {
        therapists.add(aTherapist().named("Sanne Jansen").build());
        therapists.add(aTherapist().named("Mo Yılmaz").asPracticeOwner().build());

        assertRefused(() -> therapists.resolve("Piet", "loggedBy"))
                .onField("loggedBy", "error.therapist.unknown-name")
                .saysInDutch("Vastgelegd door: geen therapeut met de naam 'Piet'; bekend zijn: Mo Yılmaz, Sanne Jansen")
                .saysInEnglish("Logged by: no therapist named 'Piet'; known are: Mo Yılmaz, Sanne Jansen");
    }
}
