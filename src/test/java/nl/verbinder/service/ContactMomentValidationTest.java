package nl.verbinder.service;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.MomentQuery;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactMomentValidationTest {

    private static final LocalDate MOMENT_DATE = TestDatabase.TODAY.minusDays(10);

    @TempDir
    Path folder;

    @Test
    void logRefusesFollowUpDoneBeforeTheMoment() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            Partner partner = db.services().partners().create(aPartner().build());
            ContactMoment draft = momentWithFollowUpDone(partner, MOMENT_DATE.minusDays(1));

            assertThatThrownBy(() -> db.services().moments().log(draft))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errorFor("followUpDone"))
                            .isNotNull()
                            .extracting(error -> error.messageKey())
                            .isEqualTo("error.follow-up.done-before-moment"));
            assertThat(db.services().moments().list(MomentQuery.all())).isEmpty();
        }
    }

    @Test
    void logAcceptsFollowUpDoneOnTheDayOfTheMoment() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            Partner partner = db.services().partners().create(aPartner().build());

            ContactMoment logged = db.services().moments().log(momentWithFollowUpDone(partner, MOMENT_DATE));

            assertThat(logged.followUpDone()).isEqualTo(MOMENT_DATE);
        }
    }

    private static ContactMoment momentWithFollowUpDone(Partner partner, LocalDate done) {
        return ContactMoment.builder()
                .partnerId(partner.id())
                .date(MOMENT_DATE)
                .kind(ContactKind.PHONE)
                .summary("Terugbelverzoek van de huisarts")
                .followUp("Verslag sturen")
                .followUpDue(MOMENT_DATE.plusDays(7))
                .followUpDone(done)
                .build();
    }
}
