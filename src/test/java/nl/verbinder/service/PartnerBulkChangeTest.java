package nl.verbinder.service;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verbinder.domain.ConflictException;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerBulkChange;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.TherapistRole;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnerBulkChangeTest {

    @TempDir
    Path folder;

    private TestDatabase db;
    private PartnerService partners;
    private Partner linde;
    private Partner oost;
    private Partner zwembad;
    private Therapist anna;

    @BeforeEach
    void open() {
        db = TestDatabase.in(folder);
        partners = db.services().partners();
        anna = db.services().therapists().add(Therapist.newTherapist("Anna de Vries", TherapistRole.THERAPIST, null));
        linde = partners.create(aPartner().named("Huisartsenpraktijk De Linde").tagged("diabetes").build());
        oost = partners.create(aPartner().named("Huisartsen Oost").tagged("Diabetes", "ouderen").build());
        zwembad = partners.create(aPartner().named("Zwembad De Wetering").build());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void changesOwnerStatusAndTagsOfEveryChosenPartner() {
        int changed = partners.changeMany(seen(linde, oost), PartnerBulkChange.none().withOwner(anna.id())
                .withStatus(PartnerStatus.DORMANT).addingTags(List.of("wijkteam")).removingTags(List.of("DIABETES")));

        assertThat(changed).isEqualTo(2);
        Partner lindeNow = partners.get(linde.id());
        assertThat(lindeNow.ownerId()).isEqualTo(anna.id());
        assertThat(lindeNow.status()).isEqualTo(PartnerStatus.DORMANT);
        assertThat(lindeNow.tags()).containsExactly("wijkteam");
        assertThat(lindeNow.version()).isEqualTo(linde.version() + 1);
        assertThat(partners.get(oost.id()).tags()).containsExactly("ouderen", "wijkteam");
        assertThat(partners.get(zwembad.id()).ownerId()).isNull();
    }

    @Test
    void leavesWhatTheChangeDoesNotSet() {
        partners.changeMany(seen(linde), PartnerBulkChange.none().withOwner(anna.id()));

        partners.changeMany(seen(partners.get(linde.id())), PartnerBulkChange.none().withStatus(PartnerStatus.PROSPECT));

        Partner now = partners.get(linde.id());
        assertThat(now.ownerId()).isEqualTo(anna.id());
        assertThat(now.tags()).containsExactly("diabetes");
    }

    @Test
    void ownerCanBeTakenAway() {
        partners.changeMany(seen(linde), PartnerBulkChange.none().withOwner(anna.id()));

        partners.changeMany(seen(partners.get(linde.id())), PartnerBulkChange.none().withOwner(null));

        assertThat(partners.get(linde.id()).ownerId()).isNull();
    }

    @Test
    void oneChangedBehindTheUsersBackRefusesAllAndChangesNone() {
        partners.update(oost.toBuilder().city("Zeist").build());

        assertThatThrownBy(() -> partners.changeMany(seen(linde, oost),
                PartnerBulkChange.none().withStatus(PartnerStatus.ENDED)))
                .isInstanceOf(ConflictException.class);

        assertThat(partners.get(linde.id()).status()).isEqualTo(PartnerStatus.ACTIVE);
        assertThat(partners.get(oost.id()).status()).isEqualTo(PartnerStatus.ACTIVE);
    }

    @Test
    void unknownOwnerIsRefused() {
        assertThatThrownBy(() -> partners.changeMany(seen(linde), PartnerBulkChange.none().withOwner(999L)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("owner").messageKey()).isEqualTo("error.therapist.unknown"));
    }

    @Test
    void tooLongTagIsRefusedOnTheTagsField() {
        assertThatThrownBy(() -> partners.changeMany(seen(linde),
                PartnerBulkChange.none().addingTags(List.of("x".repeat(PartnerService.MAX_TAG + 1)))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errorFor("tags")).isNotNull());
    }

    @Test
    void movesSeveralToTheTrashAndBackAtOnce() {
        partners.moveToTrash(List.of(linde.id(), oost.id()));

        assertThat(partners.list(PartnerQuery.all())).extracting(o -> o.name()).containsExactly("Zwembad De Wetering");
        assertThat(partners.trash()).hasSize(2);

        partners.restore(List.of(linde.id(), oost.id()));

        assertThat(partners.list(PartnerQuery.all())).hasSize(3);
        assertThat(partners.trash()).isEmpty();
    }

    private static Map<Long, Integer> seen(Partner... list) {
        Map<Long, Integer> seen = new LinkedHashMap<>();
        for (Partner p : list) {
            seen.put(p.id(), p.version());
        }
        return seen;
    }
}
