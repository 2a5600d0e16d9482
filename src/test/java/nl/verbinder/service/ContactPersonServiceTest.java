package nl.verbinder.service;

import static nl.verbinder.testutil.ContactPersonBuilder.aContactPerson;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.RefusalAssert.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactPersonServiceTest {

    @TempDir
    Path folder;

    private TestDatabase db;
    private ContactPersonService persons;
    private long partner;

    @BeforeEach
    void open() {
        db = TestDatabase.in(folder);
        persons = db.services().contactPersons();
        partner = db.services().partners().create(aPartner().named("Huisarts Oost").build()).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void storesACleanedUpContactPerson() {
        ContactPerson anja = persons.add(aContactPerson().at(partner).named(" Anja de Vries ").withRole(" POH ")
                .withEmail(" a.devries@huisarts-oost.nl").withPhone("06   12345678")
                .onLinkedIn("linkedin.com/in/anja-de-vries").build());

        assertThat(anja.name()).isEqualTo("Anja de Vries");
        assertThat(anja.role()).isEqualTo("POH");
        assertThat(anja.email()).isEqualTo("a.devries@huisarts-oost.nl");
        assertThat(anja.phone()).isEqualTo("06 12345678");
        assertThat(anja.linkedinUrl()).isEqualTo("https://linkedin.com/in/anja-de-vries");
        assertThat(persons.forPartner(partner)).containsExactly(anja);
    }

    @Test
    void refusesContactPersonWithoutName() {
        assertRefused(() -> persons.add(aContactPerson().at(partner).named("  ").build()))
                .onField("name", "error.required")
                .saysInDutch("Naam: vul dit in")
                .saysInEnglish("Name: fill this in");
        assertNothingWritten();
    }

    @Test
    void refusesEmailWithoutAt() {
        assertRefused(() -> persons.add(aContactPerson().at(partner).withEmail("anja.huisarts-oost.nl").build()))
                .onField("email", "error.email")
                .saysInDutch("E-mail: 'anja.huisarts-oost.nl' is geen e-mailadres (zoals naam@voorbeeld.nl)")
                .saysInEnglish("E-mail: 'anja.huisarts-oost.nl' is not an e-mail address (like name@example.nl)");
        assertNothingWritten();
    }

    @Test
    void refusesPhoneNumberWithLetters() {
        assertRefused(() -> persons.add(aContactPerson().at(partner).withPhone("06-1234567a").build()))
                .onField("phone", "error.phone")
                .saysInDutch("'06-1234567a' is geen telefoonnummer")
                .saysInEnglish("'06-1234567a' is not a phone number");
        assertNothingWritten();
    }

    @Test
    void refusesLinkedInAddressElsewhere() {
        assertRefused(() -> persons.add(aContactPerson().at(partner).onLinkedIn("https://www.facebook.com/anja").build()))
                .onField("linkedinUrl", "error.linkedin")
                .saysInDutch("LinkedIn: 'https://www.facebook.com/anja' is geen LinkedIn-adres")
                .saysInEnglish("LinkedIn: 'https://www.facebook.com/anja' is not a LinkedIn address");
        assertNothingWritten();
    }

    @Test
    void refusesContactPersonAtUnknownPartner() {
        assertRefused(() -> persons.add(aContactPerson().at(999).build()))
                .onField("partner", "error.partner.unknown")
                .saysInDutch("Partner: geen partner gevonden voor '999'")
                .saysInEnglish("Partner: no partner found for '999'");
        assertNothingWritten();
    }

    @Test
    void refusesContactPersonAtPartnerInTheTrash() {
        db.services().partners().moveToTrash(partner);

        assertRefused(() -> persons.add(aContactPerson().at(partner).build()))
                .onField("partner", "error.partner.unknown");
        assertNothingWritten();
    }

    @Test
    void refusedEditLeavesTheStoredPersonAsItWas() {
        ContactPerson anja = persons.add(aContactPerson().at(partner).withEmail("anja@huisarts-oost.nl").build());

        assertRefused(() -> persons.update(new ContactPerson(anja.id(), partner, "Anja Jansen", null, "anja@", null,
                null, null, anja.createdAt(), anja.updatedAt(), anja.version())))
                .onField("email", "error.email");

        assertThat(persons.get(anja.id())).isEqualTo(anja);
    }

    private void assertNothingWritten() {
        assertThat(db.rowCount("contact_person")).isZero();
    }
}
