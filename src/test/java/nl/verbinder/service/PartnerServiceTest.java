package nl.verbinder.service;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.RefusalAssert.assertRefused;
import static nl.verbinder.testutil.TherapistBuilder.aTherapist;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartnerServiceTest {

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
    void storesACleanedUpPartner() {
        Partner stored = partners.create(aPartner().named("  Huisarts Oost ").withPostcode("3511ab")
                .withPhone(" 030-2345678 ").withEmail(" info@huisarts-oost.nl ").withWebsite("www.huisarts-oost.nl")
                .withRhythm(60).withTrust(4).tagged("ouderen", " Ouderen ", "", "valpreventie").build());

        assertThat(stored.id()).isNotNull();
        assertThat(stored.name()).isEqualTo("Huisarts Oost");
        assertThat(stored.postcode()).isEqualTo("3511 AB");
        assertThat(stored.phone()).isEqualTo("030-2345678");
        assertThat(stored.email()).isEqualTo("info@huisarts-oost.nl");
        assertThat(stored.website()).isEqualTo("https://www.huisarts-oost.nl");
        assertThat(stored.tags()).containsExactly("ouderen", "valpreventie");
        assertThat(stored.version()).isZero();
        assertThat(stored.createdAt()).isEqualTo(TestDatabase.fixedClock(TestDatabase.TODAY).instant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refusesPartnerWithoutName(String name) {
        assertRefused(() -> partners.create(aPartner().named(name).build()))
                .onField("name", "error.required").withErrorCount(1)
                .saysInDutch("Niet opgeslagen: één veld klopt niet.", "Naam: vul dit in")
                .saysInEnglish("Not saved: one field is not right.", "Name: fill this in");
        assertNothingWritten();
    }

    @Test
    void refusesPartnerWithoutCategory() {
        assertRefused(() -> partners.create(aPartner().inCategory(null).build()))
                .onField("category", "error.required")
                .saysInDutch("Categorie: vul dit in")
                .saysInEnglish("Category: fill this in");
        assertNothingWritten();
    }

    @Test
    void refusesNameLongerThanTwoHundredCharacters() {
        assertRefused(() -> partners.create(aPartner().named("x".repeat(201)).build()))
                .onField("name", "error.too-long")
                .saysInDutch("mag niet langer zijn dan 200 tekens")
                .saysInEnglish("must not be longer than 200 characters");
        assertNothingWritten();
    }

    @Test
    void refusesPostcodeWithoutLetters() {
        assertRefused(() -> partners.create(aPartner().withPostcode("3511").build()))
                .onField("postcode", "error.postcode")
                .saysInDutch("Postcode: '3511' is geen Nederlandse postcode (zoals 1234 AB)")
                .saysInEnglish("Postcode: '3511' is not a Dutch postcode (like 1234 AB)");
        assertNothingWritten();
    }

    @Test
    void refusesEmailWithoutDomain() {
        assertRefused(() -> partners.create(aPartner().withEmail("info@huisarts").build()))
                .onField("email", "error.email")
                .saysInDutch("'info@huisarts' is geen e-mailadres")
                .saysInEnglish("'info@huisarts' is not an e-mail address");
        assertNothingWritten();
    }

    @Test
    void refusesPhoneNumberWithTooFewDigits() {
        assertRefused(() -> partners.create(aPartner().withPhone("030-23456").build()))
                .onField("phone", "error.phone")
                .saysInDutch("Telefoon: '030-23456' is geen telefoonnummer")
                .saysInEnglish("Phone: '030-23456' is not a phone number");
        assertNothingWritten();
    }

    @Test
    void refusesWebsiteThatIsAnEmailAddress() {
        assertRefused(() -> partners.create(aPartner().withWebsite("info@huisarts-oost.nl").build()))
                .onField("website", "error.website")
                .saysInDutch("'info@huisarts-oost.nl' is geen webadres")
                .saysInEnglish("'info@huisarts-oost.nl' is not a web address");
        assertNothingWritten();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -7, 3651})
    void refusesRhythmOutsideOneDayToTenYears(int days) {
        assertRefused(() -> partners.create(aPartner().withRhythm(days).build()))
                .onField("rhythmDays", "error.rhythm")
                .saysInDutch("Contactritme (dagen): moet tussen 1 en 3650 dagen liggen")
                .saysInEnglish("Contact rhythm (days): must be between 1 and 3650 days");
        assertNothingWritten();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    void refusesTrustOutsideOneToFive(int trust) {
        assertRefused(() -> partners.create(aPartner().withTrust(trust).build()))
                .onField("trust", "error.trust")
                .saysInDutch("Vertrouwen: moet van 1 tot en met 5 zijn")
                .saysInEnglish("Trust: must be from 1 to 5");
        assertNothingWritten();
    }

    @Test
    void acceptsTrustAndRhythmAtTheirLimits() {
        assertThat(partners.create(aPartner().named("A").withTrust(1).withRhythm(1).build()).trust()).isEqualTo(1);
        assertThat(partners.create(aPartner().named("B").withTrust(5).withRhythm(3650).build()).trust()).isEqualTo(5);
    }

    @Test
    void refusesUnknownOwner() {
        assertRefused(() -> partners.create(aPartner().ownedBy(42L).build()))
                .onField("owner", "error.therapist.unknown")
                .saysInDutch("Eigenaar: geen therapeut met nummer 42")
                .saysInEnglish("Owner: no therapist with number 42");
        assertNothingWritten();
    }

    @Test
    void acceptsKnownOwner() {
        long sanne = db.services().therapists().add(aTherapist().build()).id();
        assertThat(partners.create(aPartner().ownedBy(sanne).build()).ownerId()).isEqualTo(sanne);
    }

    @Test
    void refusesTagLongerThanFiftyCharacters() {
        assertRefused(() -> partners.create(aPartner().tagged("t".repeat(51)).build()))
                .onField("tags", "error.too-long")
                .saysInDutch("Labels: mag niet langer zijn dan 50 tekens");
        assertNothingWritten();
    }

    @Test
    void reportsEveryWrongFieldAtOnce() {
        assertRefused(() -> partners.create(aPartner().named(" ").withPostcode("12").withEmail("x")
                .withTrust(9).build()))
                .onField("name", "error.required")
                .onField("postcode", "error.postcode")
                .onField("email", "error.email")
                .onField("trust", "error.trust")
                .withErrorCount(4)
                .saysInDutch("Niet opgeslagen: 4 velden kloppen niet.")
                .saysInEnglish("Not saved: 4 fields are not right.");
        assertNothingWritten();
    }

    @Test
    void checkReportsErrorsWithoutSaving() {
        assertThat(partners.check(aPartner().withPostcode("12").build()))
                .extracting(e -> e.field() + ":" + e.messageKey())
                .containsExactly("postcode:error.postcode");
        assertThat(partners.check(aPartner().build())).isEmpty();
        assertNothingWritten();
    }

    @Test
    void refusedEditLeavesTheStoredPartnerAsItWas() {
        Partner stored = partners.create(aPartner().named("Huisarts Oost").withPostcode("3511 AB").build());

        assertRefused(() -> partners.update(stored.toBuilder().name("Huisarts West").postcode("35").build()))
                .onField("postcode", "error.postcode");

        assertThat(partners.get(stored.id())).isEqualTo(stored);
    }

    @Test
    void resolvesAPartnerByNumberOrByNameIgnoringCaseAndAccents() {
        Partner dietist = partners.create(aPartner().named("Diëtistenpraktijk Smaakvol")
                .inCategory(Category.DIETITIAN).build());

        assertThat(partners.resolve(String.valueOf(dietist.id()))).isEqualTo(dietist);
        assertThat(partners.resolve("dietistenpraktijk smaakvol")).isEqualTo(dietist);
        assertThat(partners.resolve("SMAAKVOL")).isEqualTo(dietist);
    }

    @Test
    void resolvingAnUnknownNameSaysWhatWasLookedFor() {
        partners.create(aPartner().named("Huisarts Oost").build());

        assertRefused(() -> partners.resolve("Fysio Noord"))
                .onField("partner", "error.partner.unknown")
                .saysInDutch("Partner: geen partner gevonden voor 'Fysio Noord'")
                .saysInEnglish("Partner: no partner found for 'Fysio Noord'");
    }

    @Test
    void resolvingAnAmbiguousNameListsTheCandidatesWithTheirNumbers() {
        Partner oost = partners.create(aPartner().named("Huisarts Oost").build());
        Partner west = partners.create(aPartner().named("Huisarts West").build());

        assertRefused(() -> partners.resolve("huisarts"))
                .onField("partner", "error.partner.ambiguous")
                .saysInDutch("'huisarts' past bij meer partners: Huisarts Oost (#" + oost.id() + "), Huisarts West (#"
                        + west.id() + "). Kies er één")
                .saysInEnglish("'huisarts' matches several partners: Huisarts Oost (#" + oost.id()
                        + "), Huisarts West (#" + west.id() + "). Pick one");
    }

    @Test
    void twoPartnersWithTheSameNameAreAmbiguousToo() {
        partners.create(aPartner().named("Sportschool Fit").inCity("Utrecht").build());
        partners.create(aPartner().named("Sportschool Fit").inCity("Zeist").build());

        assertRefused(() -> partners.resolve("Sportschool Fit"))
                .onField("partner", "error.partner.ambiguous");
    }

    @Test
    void anExactNameWinsOverLongerNamesContainingIt() {
        Partner fit = partners.create(aPartner().named("Fit").build());
        partners.create(aPartner().named("Fit & Vitaal").build());

        assertThat(partners.resolve("fit")).isEqualTo(fit);
    }

    @Test
    void resolvingNothingAsksToFillItIn() {
        assertRefused(() -> partners.resolve("  "))
                .onField("partner", "error.required")
                .saysInDutch("Partner: vul dit in");
    }

    @Test
    void searchMatchesNameCityTagsAndContactPersonsIgnoringAccents() {
        Partner dietist = partners.create(aPartner().named("Diëtistenpraktijk Smaakvol").inCity("Zeist")
                .tagged("voeding").build());
        partners.create(aPartner().named("Huisarts Oost").inCity("Utrecht").build());

        for (String search : List.of("dietist", "ZEIST", "voeding", "smaakvol zeist")) {
            assertThat(partners.list(PartnerQuery.all().withSearch(search)))
                    .as(search).extracting(o -> o.partner().id()).containsExactly(dietist.id());
        }
    }

    private void assertNothingWritten() {
        assertThat(db.rowCount("partner")).isZero();
        assertThat(db.rowCount("partner_tag")).isZero();
    }
}
