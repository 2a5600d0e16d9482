package nl.verbinder.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.verbinder.domain.PersonTraces.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a person's name, e-mail, phone or LinkedIn address is found in free text when they are erased. */
class PersonTracesTest {

    private static final PersonTraces ANJA = PersonTraces.of("Anja de Vries", "a.devries@huisarts-oost.nl",
            "06 98765432", "https://www.linkedin.com/in/anja-de-vries");

    private static String redacted(PersonTraces traces, String text) {
        return PersonTraces.redact(text, traces.find(text), s -> true, "X");
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Gesprek met Anja de Vries over vallen          | Gesprek met X over vallen
            GESPREK MET ANJA DE VRIES                      | GESPREK MET X
            Anja de Vries, anja de vries en Anja De Vries  | X, X en X
            Met Anja  de   Vries gebeld                    | Met X gebeld
            (Anja de Vries)                                | (X)
            Anja de Vriesje                                | X de Vriesje
            Geen naam hier                                 | Geen naam hier
            Mevrouw De Vries belt terug                    | Mevrouw X belt terug
            A. de Vries en A.J. de Vries                   | X en X
            bel 0698765432 of 06-98765432                  | bel X of X
            bel +31 6 98765432 of 0031 (0)6 98 76 54 32    | bel X of X
            bel (06) 98765432, niet 06 987654321           | bel X, niet 06 987654321
            mail A.DeVries@Huisarts-Oost.NL of aa.devries@huisarts-oost.nl | mail X of aa.devries@huisarts-oost.nl
            zie linkedin.com/in/anja-de-vries/ en https://nl.linkedin.com/in/anja-de-vries | zie X en X
            """)
    void findsTheVariantsPeopleWrite(String text, String expected) {
        assertThat(redacted(ANJA, text)).isEqualTo(expected);
    }

    @Test
    void aLineBreakOrTabInsideTheNameIsStillTheName() {
        assertThat(redacted(ANJA, "Gesprek met Anja\nde Vries,\r\nen met Anja de\tVries")).isEqualTo("Gesprek met X,\r\nen met X");
    }

    @Test
    void sortsMentionsByKindSoTheUserCanJudgeTheWeakOnes() {
        List<Span> spans = ANJA.find("Anja de Vries belde; later belde Anja, en daarna mevrouw de Vries");
        assertThat(spans).extracting(Span::kind)
                .containsExactly(MentionKind.FULL_NAME, MentionKind.FIRST_NAME, MentionKind.SURNAME);
    }

    @ParameterizedTest(name = "''{1}'' in ''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            Ozlem Yilmaz en ÖZLEM YILMAZ            | Özlem Yılmaz  | X en X
            Hauptstraße 1, bij Pedro Muñoz          | Pedro Muñoz   | Hauptstraße 1, bij X
            Pedro Mun\u0303oz belt                  | Pedro Muñoz   | X belt
            Pedro Muñoz belt                        | Pedro Mun\u0303oz | X belt
            Jan belt in januari, met Jansen erbij   | Jan           | X belt in januari, met Jansen erbij
            """)
    void ignoresCaseAndAccentsAndKeepsLongerWords(String text, String name, String expected) {
        assertThat(redacted(PersonTraces.of(name, null, null, null), text)).isEqualTo(expected);
    }

    @Test
    void aTextThatIsOnlyTheNameBecomesEmpty() {
        assertThat(redacted(ANJA, "  Anja de Vries ")).isNull();
    }

    @Test
    void onlyTheChosenMentionsGo() {
        String text = "Anja de Vries en Anja";
        List<Span> spans = ANJA.find(text);
        assertThat(PersonTraces.redact(text, spans, s -> s.kind() == MentionKind.FULL_NAME, "X")).isEqualTo("X en Anja");
    }

    @Test
    void aPhoneNumberWithPlus31IsFoundWrittenWithZero() {
        PersonTraces traces = PersonTraces.of("Piet Bakker", null, "+31 6 98765432", null);
        assertThat(redacted(traces, "bel 06-98765432")).isEqualTo("bel X");
    }

    @Test
    void theSnippetShowsTheTextAroundOnOneLine() {
        String text = "Een lange aanloop van woorden voor\nhet gesprek met Anja de Vries\nover vallen en de groepstraining";
        Span span = ANJA.find(text).getFirst();
        assertThat(PersonTraces.snippet(text, span, 20)).isEqualTo("…het gesprek met Anja de Vries over vallen en de…");
    }
}
