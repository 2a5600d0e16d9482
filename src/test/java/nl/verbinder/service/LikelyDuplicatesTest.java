package nl.verbinder.service;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerDuplicate;
import nl.verbinder.domain.PartnerDuplicate.Reason;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LikelyDuplicatesTest {

    @TempDir
    Path folder;

    private TestDatabase db;
    private PartnerService partners;

    @BeforeEach
    void open() {
        db = TestDatabase.in(folder);
        partners = db.services().partners();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void sameNameIgnoringCaseAndAccentsAtTheSamePostcode() {
        Partner first = partners.create(aPartner().named("Diëtistenpraktijk Smaakvol").withPostcode("3511 AB").build());
        Partner second = partners.create(aPartner().named("dietistenpraktijk smaakvol").withPostcode("3511ab").build());
        partners.create(aPartner().named("Diëtistenpraktijk Smaakvol").withPostcode("3512 CD").build());

        assertThat(partners.likelyDuplicates()).singleElement().satisfies(pair -> {
            assertThat(pair.first().id()).isEqualTo(first.id());
            assertThat(pair.second().id()).isEqualTo(second.id());
            assertThat(pair.reason()).isEqualTo(Reason.SAME_NAME_AND_POSTCODE);
        });
    }

    @Test
    void sameEmailAddressWhateverTheName() {
        partners.create(aPartner().named("Sportschool Fit").withEmail("info@fit.example").build());
        partners.create(aPartner().named("FitClub Utrecht").withEmail("INFO@fit.example").build());

        assertThat(partners.likelyDuplicates()).extracting(PartnerDuplicate::reason).containsExactly(Reason.SAME_EMAIL);
    }

    @Test
    void aPairThatMatchesTwiceIsNamedOnce() {
        partners.create(aPartner().named("Zwembad De Wetering").withPostcode("3511 AB").withEmail("a@b.example").build());
        partners.create(aPartner().named("Zwembad de Wetering").withPostcode("3511 AB").withEmail("a@b.example").build());

        assertThat(partners.likelyDuplicates()).extracting(PartnerDuplicate::reason)
                .containsExactly(Reason.SAME_NAME_AND_POSTCODE);
    }

    @Test
    void sameNameWithoutPostcodeOrInTheTrashIsNoDuplicate() {
        partners.create(aPartner().named("Huisarts Oost").build());
        partners.create(aPartner().named("Huisarts Oost").build());
        Partner trashed = partners.create(aPartner().named("Fysio Vrienden").withEmail("x@y.example").build());
        partners.create(aPartner().named("Vrienden van Fysio").withEmail("x@y.example").build());
        partners.moveToTrash(trashed.id());

        assertThat(partners.likelyDuplicates()).isEmpty();
    }
}
