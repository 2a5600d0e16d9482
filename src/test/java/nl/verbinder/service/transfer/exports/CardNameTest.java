package nl.verbinder.service.transfer.exports;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;

import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import ezvcard.property.StructuredName;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.Partner;
import nl.verbinder.service.transfer.Fixtures;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.service.transfer.imports.ImportOptions;
import nl.verbinder.service.transfer.imports.ImportService;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A vCard's N keeps titles, Dutch particles and letters after the name instead of splitting at the last space. */
class CardNameTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            Dr. Bart Willemsen                         | Dr.           | Bart      | Willemsen       | -
            Prof. dr. ir. Jan Peter van der Berg MSc   | Prof. dr. ir. | Jan Peter | van der Berg    | MSc
            mw. Anna 't Hart                           | mw.           | Anna      | 't Hart         | -
            dhr. K. ten Brink                          | dhr.          | K.        | ten Brink       | -
            Bart Willemsen, PhD                        | -             | Bart      | Willemsen       | PhD
            Drs. Mr. Els de Vries-Jansen jr.           | Drs. Mr.      | Els       | de Vries-Jansen | jr.
            Mehmet Yılmaz                              | -             | Mehmet    | Yılmaz          | -
            Dr.                                        | -             | -         | Dr.             | -
            """)
    void aFullNameSplitsIntoTheVCardsParts(String full, String prefixes, String given, String family, String suffixes) {
        CardName name = CardName.parse(full);

        assertThat(name.prefixes()).isEqualTo(words(prefixes));
        assertThat(name.given()).isEqualTo(given == null ? "" : given);
        assertThat(name.family()).isEqualTo(family);
        assertThat(name.suffixes()).isEqualTo(words(suffixes));
    }

    @Test
    void anExportedCardKeepsTitlesAndLettersInN() throws Exception {
        try (TestDatabase db = TestDatabase.in(folder.resolve("db"))) {
            Partner partner = db.services().partners().create(aPartner().named("Huisartsen Oost")
                    .inCategory(Category.GP).build());
            db.services().contactPersons().add(ContactPerson.newAt(partner.id(), "Dr. Bart Willemsen", null, null,
                    null, null, null));
            Path out = folder.resolve("kaart.vcf");

            db.services().exports().exportContactPersons(VCardVersion.V3, false, out, Progress.none());

            assertThat(java.nio.file.Files.readString(out)).contains("N:Willemsen;Bart;;Dr.\r\n");
            StructuredName n = new VCardReader(out).readNext().getStructuredName();
            assertThat(n.getPrefixes()).containsExactly("Dr.");
            assertThat(n.getGiven()).isEqualTo("Bart");
            assertThat(n.getFamily()).isEqualTo("Willemsen");
        }
    }

    @Test
    void aCardImportedWithOnlyNComesBackOutWithItsTitlesAndLetters() throws Exception {
        try (TestDatabase db = TestDatabase.in(folder.resolve("db"))) {
            Path in = Fixtures.write(folder.resolve("in.vcf"), "BEGIN:VCARD\r\nVERSION:2.1\r\n"
                    + "N:van der Berg;Jan Peter;;Prof. dr.;MSc\r\nORG:Huisartsen Oost\r\nEND:VCARD\r\n",
                    StandardCharsets.UTF_8, false);
            ImportService imports = db.services().imports();
            imports.run(imports.planVCards(in, ImportOptions.defaults(), Progress.none()), Progress.none());
            Path out = folder.resolve("uit.vcf");

            db.services().exports().exportContactPersons(VCardVersion.V4, false, out, Progress.none());

            VCard card = new VCardReader(out).readNext();
            assertThat(card.getFormattedName().getValue()).isEqualTo("Prof. dr. Jan Peter van der Berg MSc");
            StructuredName n = card.getStructuredName();
            assertThat(n.getPrefixes()).containsExactly("Prof.", "dr.");
            assertThat(n.getGiven()).isEqualTo("Jan Peter");
            assertThat(n.getFamily()).isEqualTo("van der Berg");
            assertThat(n.getSuffixes()).containsExactly("MSc");
        }
    }

    @Test
    void titlesInNThatFnLeavesOutAreKept() throws Exception {
        try (TestDatabase db = TestDatabase.in(folder.resolve("db"))) {
            Path in = Fixtures.write(folder.resolve("in.vcf"), "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bart Willemsen\r\n"
                    + "N:Willemsen;Bart;;Dr.;PhD\r\nORG:Huisartsen Oost\r\nEND:VCARD\r\n", StandardCharsets.UTF_8, false);
            ImportService imports = db.services().imports();
            imports.run(imports.planVCards(in, ImportOptions.defaults(), Progress.none()), Progress.none());

            long partnerId = db.services().partners().resolve("Huisartsen Oost").id();
            assertThat(db.services().contactPersons().forPartner(partnerId)).extracting(ContactPerson::name)
                    .containsExactly("Dr. Bart Willemsen PhD");
        }
    }

    private static List<String> words(String text) {
        return text == null ? List.of() : Arrays.asList(text.split(" "));
    }
}
