package nl.verbinder.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a person's name, e-mail or phone is found in free text when they are erased. */
class RedactionTest {

    @ParameterizedTest(name = "''{1}'' in ''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Gesprek met Anja de Vries over vallen        | Anja de Vries | Gesprek met X over vallen
            GESPREK MET ANJA DE VRIES                    | Anja de Vries | GESPREK MET X
            Anja de Vries, anja de vries en Anja De Vries | Anja de Vries | X, X en X
            Ozlem Yilmaz en ÖZLEM YILMAZ                 | Özlem Yılmaz  | X en X
            Hauptstraße 1, bij Pedro Muñoz               | Pedro Muñoz   | Hauptstraße 1, bij X
            bel 06 12345678 of 06 123456789              | 06 12345678   | bel X of 06 123456789
            mail a.devries@oost.nl of aa.devries@oost.nl | a.devries@oost.nl | mail X of aa.devries@oost.nl
            Jan belt in januari, met Jansen erbij         | Jan           | X belt in januari, met Jansen erbij
            (Anja de Vries)                              | Anja de Vries | (X)
            Anja de Vriesje                              | Anja de Vries | Anja de Vriesje
            Geen naam hier                               | Anja de Vries | Geen naam hier
            """)
    void replacesEveryWholeWordMentionIgnoringCaseAndAccents(String text, String needle, String expected) {
        assertThat(SqlitePersonalDataRepository.replaceWholeWords(text, needle, "X")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "decomposed accents in ''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            Pedro Mun\u0303oz belt    | Pedro Muñoz | X belt
            Pedro Muñoz belt          | Pedro Mun\u0303oz | X belt
            """)
    void matchesComposedAndDecomposedAccentsAlike(String text, String needle, String expected) {
        assertThat(SqlitePersonalDataRepository.replaceWholeWords(text, needle, "X")).isEqualTo(expected);
    }
}
