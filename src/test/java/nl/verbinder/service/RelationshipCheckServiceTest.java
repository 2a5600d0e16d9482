package nl.verbinder.service;

import static nl.verbinder.domain.relationship.RelationshipQuestion.CONTRIBUTION;
import static nl.verbinder.domain.relationship.RelationshipQuestion.INFLUENCE;
import static nl.verbinder.domain.relationship.RelationshipQuestion.INVOLVEMENT;
import static nl.verbinder.domain.relationship.RelationshipQuestion.OPENNESS;
import static nl.verbinder.domain.relationship.RelationshipQuestion.RELIABILITY;
import static nl.verbinder.domain.relationship.RelationshipQuestion.SHARED_MISSION;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.RefusalAssert.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.relationship.RelationshipAdvice;
import nl.verbinder.domain.relationship.RelationshipCheck;
import nl.verbinder.domain.relationship.RelationshipPoint;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelationshipCheckServiceTest {

    @TempDir
    Path folder;

    private TestDatabase db;
    private RelationshipCheckService checks;

    @BeforeEach
    void open() {
        db = TestDatabase.in(folder);
        checks = db.services().relationshipChecks();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theAnswersGiveATrustAndAValueScoreAndThePartnersTrustFollows() {
        Partner gp = db.services().partners().create(aPartner().named("Huisarts Oost").build());
        assertThat(checks.check(gp.id()).isEmpty()).isTrue();

        RelationshipCheck saved = checks.save(gp.id(), Map.of(OPENNESS, 4, RELIABILITY, 4, SHARED_MISSION, 3,
                INFLUENCE, 2, INVOLVEMENT, 1, CONTRIBUTION, 2));

        RelationshipCheck read = checks.check(gp.id());
        assertThat(read).isEqualTo(saved);
        assertThat(read.checkedOn()).isEqualTo(TestDatabase.TODAY);
        assertThat(read.trustScore()).isCloseTo(11 / 3.0, within(1e-9));
        assertThat(read.valueScore()).isCloseTo(5 / 3.0, within(1e-9));
        assertThat(read.advice()).isEqualTo(RelationshipAdvice.KEEP);
        Partner after = db.services().partners().get(gp.id());
        assertThat(after.trust()).as("sum 11 of the trust answers is trust 5").isEqualTo(5);
        assertThat(after.version()).isGreaterThan(gp.version());
    }

    @Test
    void anOpenTrustQuestionLeavesTheTrustUnknown() {
        Partner gym = db.services().partners().create(aPartner().named("Sportschool Fit").withTrust(4).build());
        assertThat(checks.check(gym.id()).trustLevel()).as("a trust given by hand starts a check").isEqualTo(4);

        RelationshipCheck saved = checks.save(gym.id(), Map.of(OPENNESS, 2, INFLUENCE, 4, INVOLVEMENT, 4,
                CONTRIBUTION, 3));

        assertThat(saved.trustScore()).isNull();
        assertThat(saved.advice()).isNull();
        assertThat(db.services().partners().get(gym.id()).trust()).isNull();
    }

    @Test
    void settingTheTrustByHandKeepsTheValueAnswers() {
        Partner gp = db.services().partners().create(aPartner().named("Huisarts Oost").build());
        checks.save(gp.id(), Map.of(OPENNESS, 1, RELIABILITY, 1, SHARED_MISSION, 1, INFLUENCE, 4, INVOLVEMENT, 4,
                CONTRIBUTION, 4));
        Partner current = db.services().partners().get(gp.id());
        assertThat(checks.check(gp.id()).advice()).isEqualTo(RelationshipAdvice.INVEST);

        db.services().partners().update(current.toBuilder().trust(3).build());

        RelationshipCheck check = checks.check(gp.id());
        assertThat(check.trustLevel()).isEqualTo(3);
        assertThat(check.answer(INFLUENCE)).isEqualTo(4);
        assertThat(check.advice()).isEqualTo(RelationshipAdvice.KEEP);
    }

    @Test
    void refusesAnAnswerOutsideOneToFour() {
        Partner gp = db.services().partners().create(aPartner().named("Huisarts Oost").build());

        assertRefused(() -> checks.save(gp.id(), Map.of(OPENNESS, 5))).onField("relationship.openness",
                "error.relationship.answer");
        assertThat(checks.check(gp.id()).isEmpty()).isTrue();
    }

    @Test
    void theChartHasEveryCheckedPartnerThatIsNotEndedOrInTheTrash() {
        Partner low = db.services().partners().create(aPartner().named("Buurtsportcoach").build());
        Partner ended = db.services().partners().create(aPartner().named("Oude Zwemschool")
                .withStatus(PartnerStatus.ENDED).build());
        Partner trashed = db.services().partners().create(aPartner().named("Weg").build());
        db.services().partners().create(aPartner().named("Geen check").build());
        Map<nl.verbinder.domain.relationship.RelationshipQuestion, Integer> lowAnswers = Map.of(OPENNESS, 1,
                RELIABILITY, 2, SHARED_MISSION, 1, INFLUENCE, 1, INVOLVEMENT, 2, CONTRIBUTION, 1);
        checks.save(low.id(), lowAnswers);
        checks.save(ended.id(), lowAnswers);
        checks.save(trashed.id(), lowAnswers);
        db.services().partners().moveToTrash(trashed.id());

        assertThat(checks.chart()).extracting(RelationshipPoint::name).containsExactly("Buurtsportcoach");
        assertThat(checks.chart().getFirst().check().advice()).isEqualTo(RelationshipAdvice.LET_GO);
    }

    @Test
    void theDemoPracticeHasChecksOnTheChartWithEveryPartnersTrustKept() {
        db.services().demo().fill();

        assertThat(checks.chart()).isNotEmpty().allSatisfy(point -> {
            assertThat(point.check().advice()).isNotNull();
            assertThat(db.services().partners().get(point.partnerId()).trust())
                    .isEqualTo(point.check().trustLevel());
        });
    }
}
