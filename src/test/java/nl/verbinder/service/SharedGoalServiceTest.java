package nl.verbinder.service;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.RefusalAssert.assertRefused;
import static nl.verbinder.testutil.SharedGoalBuilder.aGoal;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedGoalServiceTest {

    @TempDir
    Path folder;

    private TestDatabase db;
    private SharedGoalService goals;
    private long partner;

    @BeforeEach
    void open() {
        db = TestDatabase.in(folder);
        goals = db.services().goals();
        partner = db.services().partners().create(aPartner().named("Huisarts Oost").build()).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void storesAGoalWithItsFourQuestionsAndPartners() {
        SharedGoal goal = goals.create(aGoal().titled(" Valpreventie ").whatWeGoFor("Minder vallen")
                .withPartners(partner).build());

        assertThat(goal.title()).isEqualTo("Valpreventie");
        assertThat(goal.whatWeGoFor()).isEqualTo("Minder vallen");
        assertThat(goal.partnerIds()).containsExactly(partner);
        assertThat(goals.forPartner(partner)).containsExactly(goal);
    }

    @Test
    void refusesGoalWithoutTitle() {
        assertRefused(() -> goals.create(aGoal().titled("").build()))
                .onField("title", "error.required")
                .saysInDutch("Titel: vul dit in")
                .saysInEnglish("Title: fill this in");
        assertThat(db.rowCount("shared_goal")).isZero();
    }

    @Test
    void refusesGoalWithUnknownPartner() {
        assertRefused(() -> goals.create(aGoal().withPartners(partner, 999L).build()))
                .onField("partners", "error.partner.unknown")
                .saysInDutch("Partners: geen partner gevonden voor '999'")
                .saysInEnglish("Partners: no partner found for '999'");
        assertThat(db.rowCount("shared_goal")).isZero();
        assertThat(db.rowCount("shared_goal_partner")).isZero();
    }

    @Test
    void changesStatusAndLinksPartners() {
        long other = db.services().partners().create(aPartner().named("Sportschool Fit").build()).id();
        SharedGoal goal = goals.create(aGoal().withPartners(partner).build());

        SharedGoal agreed = goals.changeStatus(goal.id(), goal.version(), GoalStatus.AGREED);
        SharedGoal linked = goals.linkPartner(goal.id(), agreed.version(), other);

        assertThat(linked.status()).isEqualTo(GoalStatus.AGREED);
        assertThat(linked.partnerIds()).containsExactlyInAnyOrder(partner, other);
        assertThat(goals.unlinkPartner(goal.id(), linked.version(), partner).partnerIds()).containsExactly(other);
    }
}
