package nl.verbinder.service;

import static nl.verbinder.testutil.EnvironmentNoteBuilder.aNote;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.RefusalAssert.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.verbinder.domain.EnvironmentFactor;
import nl.verbinder.domain.EnvironmentNote;
import nl.verbinder.domain.SourceKind;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentNoteServiceTest {

    @TempDir
    Path folder;

    private TestDatabase db;
    private EnvironmentNoteService environment;

    @BeforeEach
    void open() {
        db = TestDatabase.in(folder);
        environment = db.services().environment();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void storesANoteWithItsSource() {
        long partner = db.services().partners().create(aPartner().build()).id();
        EnvironmentNote note = environment.create(aNote().about(EnvironmentFactor.HEALTH)
                .from(SourceKind.CBS_IN_UW_BUURT, "cbsinuwbuurt.nl").linkedTo(partner).build());

        assertThat(note.sourceUrl()).isEqualTo("https://cbsinuwbuurt.nl");
        assertThat(note.partnerIds()).containsExactly(partner);
    }

    @Test
    void refusesNoteWithoutFactorOrTitle() {
        assertRefused(() -> environment.create(aNote().about(null).titled(" ").build()))
                .onField("factor", "error.required")
                .onField("title", "error.required")
                .saysInDutch("Factor: vul dit in", "Titel: vul dit in")
                .saysInEnglish("Factor: fill this in", "Title: fill this in");
        assertThat(db.rowCount("environment_note")).isZero();
    }

    @Test
    void refusesObservationInTheFuture() {
        assertRefused(() -> environment.create(aNote().observedOn(TestDatabase.TODAY.plusDays(1)).build()))
                .onField("observedOn", "error.date.future")
                .saysInDutch("Waargenomen op: 24-11-2026 ligt in de toekomst")
                .saysInEnglish("Observed on: 24/11/2026 is in the future");
        assertThat(db.rowCount("environment_note")).isZero();
    }

    @Test
    void refusesSourceThatIsNoWebAddress() {
        assertRefused(() -> environment.create(aNote().from(SourceKind.OTHER, "buurtkrant").build()))
                .onField("sourceUrl", "error.website")
                .saysInDutch("Bronadres: 'buurtkrant' is geen webadres")
                .saysInEnglish("Source address: 'buurtkrant' is not a web address");
        assertThat(db.rowCount("environment_note")).isZero();
    }

    @Test
    void refusesNoteLinkedToUnknownPartner() {
        assertRefused(() -> environment.create(aNote().linkedTo(999L).build()))
                .onField("partners", "error.partner.unknown");
        assertThat(db.rowCount("environment_note")).isZero();
    }

    @Test
    void showsWhichCoreFactorsAreStillBlank() {
        environment.create(aNote().about(EnvironmentFactor.POPULATION).build());
        environment.create(aNote().about(EnvironmentFactor.TARGET_GROUPS).build());

        assertThat(environment.missingCoreFactors()).containsExactly(EnvironmentFactor.HEALTH,
                EnvironmentFactor.CARE_AND_WELFARE, EnvironmentFactor.EXISTING_NETWORKS);
        assertThat(environment.coverage()).containsEntry(EnvironmentFactor.POPULATION, 1)
                .containsEntry(EnvironmentFactor.HEALTH, 0);
    }
}
