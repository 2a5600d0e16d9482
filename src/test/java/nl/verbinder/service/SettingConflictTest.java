package nl.verbinder.service;

import static nl.verbinder.testutil.ContactPersonBuilder.aContactPerson;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import nl.verbinder.domain.ConflictException;
import nl.verbinder.domain.StoredSetting;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No lost update for the practice's settings (issue 12): an edit based on a setting as it was
 * read is refused when someone changed it since, whether they changed it, set it first, or
 * reset it to its default and set it again; an edit on the latest version lands.
 */
class SettingConflictTest {

    private static final String KEY = "attention.goal-stalled.days";

    @TempDir
    Path folder;

    private TestDatabase db;
    private Services services;

    @BeforeEach
    void open() {
        db = TestDatabase.in(folder);
        services = db.services();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anEditBasedOnAnOutdatedSettingIsRefusedAndTheOtherEditStays() {
        services.attention().changeSetting(KEY, "30");
        StoredSetting mine = services.attention().storedSetting(KEY);
        StoredSetting theirs = services.attention().storedSetting(KEY);
        assertThat(mine.value()).isEqualTo("30");

        services.attention().changeSetting(KEY, "40", theirs);

        assertThatThrownBy(() -> services.attention().changeSetting(KEY, "50", mine))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).messageKey()).isEqualTo("error.conflict.setting"));
        assertThat(services.attention().settings().toMap().get(KEY)).isEqualTo("40");
        assertThat(services.attention().storedSetting(KEY).version()).isEqualTo(mine.version() + 1);

        // Based on the latest version, the same edit lands.
        services.attention().changeSetting(KEY, "50", services.attention().storedSetting(KEY));
        assertThat(services.attention().settings().toMap().get(KEY)).isEqualTo("50");
    }

    @Test
    void twoFirstEditsOfADefaultSettingCannotBothLand() {
        StoredSetting mine = services.attention().storedSetting(KEY);
        StoredSetting theirs = services.attention().storedSetting(KEY);
        assertThat(mine.stored()).isFalse();

        services.attention().changeSetting(KEY, "45", theirs);

        assertThatThrownBy(() -> services.attention().changeSetting(KEY, "70", mine))
                .isInstanceOf(ConflictException.class);
        assertThat(services.attention().settings().toMap().get(KEY)).isEqualTo("45");
    }

    @Test
    void aSettingResetToItsDefaultAndSetAgainIsStillAChange() {
        services.attention().changeSetting(KEY, "30");
        StoredSetting mine = services.attention().storedSetting(KEY);

        // The other workstation resets it and sets it again: the version starts over at 1.
        services.attention().changeSetting(KEY, "", services.attention().storedSetting(KEY));
        services.attention().changeSetting(KEY, "40", services.attention().storedSetting(KEY));
        assertThat(services.attention().storedSetting(KEY).version()).isEqualTo(mine.version());

        assertThatThrownBy(() -> services.attention().changeSetting(KEY, "", mine))
                .isInstanceOf(ConflictException.class);
        assertThat(services.attention().settings().toMap().get(KEY)).isEqualTo("40");
    }

    @Test
    void theRetentionPeriodIsVersionChecked() {
        StoredSetting mine = services.personalData().storedRetentionMonths();
        services.personalData().setRetentionMonths(36, services.personalData().storedRetentionMonths());

        assertThatThrownBy(() -> services.personalData().setRetentionMonths(12, mine))
                .isInstanceOf(ConflictException.class);
        assertThat(services.personalData().retentionMonths()).isEqualTo(36);
    }

    @Test
    void keepingAPersonSomeoneElseKeptMeanwhileIsAConflictAndTheirReasonStays() {
        long partner = services.partners().create(aPartner().named("Huisartsenpraktijk De Linde").build()).id();
        long person = services.contactPersons().add(aContactPerson().named("Anna de Vries").at(partner).build()).id();

        services.personalData().keepUnlessKept(person, "Bestuurslid van het netwerk");

        assertThatThrownBy(() -> services.personalData().keepUnlessKept(person, "Nog in gesprek"))
                .isInstanceOf(ConflictException.class);
        assertThat(services.personalData().kept()).extracting(PersonalDataService.Kept::reason)
                .containsExactly("Bestuurslid van het netwerk");
    }
}
