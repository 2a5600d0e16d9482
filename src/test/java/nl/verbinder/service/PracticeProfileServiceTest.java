package nl.verbinder.service;

import static nl.verbinder.testutil.RefusalAssert.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.verbinder.domain.PracticeProfile;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PracticeProfileServiceTest {

    @TempDir
    Path folder;

    private TestDatabase db;
    private PracticeProfileService practice;

    @BeforeEach
    void open() {
        db = TestDatabase.in(folder);
        practice = db.services().practice();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void savesACleanedUpProfile() {
        PracticeProfile saved = practice.save(profile(" Fysio Oost ", "3511ab"));

        assertThat(saved.name()).isEqualTo("Fysio Oost");
        assertThat(saved.postcode()).isEqualTo("3511 AB");
        assertThat(saved.version()).isEqualTo(1);
    }

    @Test
    void refusesProfileWithoutNameOrWithBadPostcode() {
        PracticeProfile before = practice.get();

        assertRefused(() -> practice.save(profile("", "AB 3511")))
                .onField("name", "error.required")
                .onField("postcode", "error.postcode")
                .saysInDutch("Naam: vul dit in", "Postcode: 'AB 3511' is geen Nederlandse postcode")
                .saysInEnglish("Name: fill this in", "Postcode: 'AB 3511' is not a Dutch postcode");
        assertThat(practice.get()).isEqualTo(before);
    }

    private PracticeProfile profile(String name, String postcode) {
        PracticeProfile current = practice.get();
        return new PracticeProfile(name, "Hoofdstraat 1", postcode, "Utrecht", "Manuele therapie",
                "Sport en bewegen", "Korte lijnen met de huisarts", "Ouderen", current.updatedAt(), current.version());
    }
}
