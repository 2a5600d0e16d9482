package nl.verbinder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmokeTest {

    @TempDir
    Path folder;

    @Test
    void createsPartnerAndLogsMoment() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            Partner p = db.services().partners().create(aPartner().named("Diëtistenpraktijk Smaakvol")
                    .withPostcode("3511ab").tagged("voeding", "Voeding", "sport").build());
            assertThat(p.postcode()).isEqualTo("3511 AB");
            assertThat(p.tags()).containsExactly("sport", "voeding");
            db.services().moments().log(ContactMoment.builder().partnerId(p.id()).date(LocalDate.of(2026, 11, 1))
                    .kind(ContactKind.PHONE).summary("Kennismaking").therapistIds(Set.of()).build());
            var list = db.services().partners().list(PartnerQuery.all().withSearch("dietist"));
            assertThat(list).hasSize(1);
            assertThat(list.getFirst().lastContact()).isEqualTo(LocalDate.of(2026, 11, 1));
        }
    }
}
