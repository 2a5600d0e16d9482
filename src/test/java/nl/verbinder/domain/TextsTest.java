package nl.verbinder.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextsTest {

    @ParameterizedTest(name = "''{0}'' folds to ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            Diëtist                | dietist
            DIËTIST                | dietist
            Yılmaz                 | yilmaz
            YILMAZ                 | yilmaz
            İstanbul               | istanbul
            Patiëntenorganisatie   | patientenorganisatie
            Beëindigd              | beeindigd
            Café Zuid              | cafe zuid
            Straße                 | strasse
            Ñandú                  | nandu
            Huisarts Oost          | huisarts oost
            """)
    void foldsCaseAndAccentsForMatching(String text, String folded) {
        assertThat(Texts.fold(text)).isEqualTo(folded);
    }

    @Test
    void foldsNothingToEmpty() {
        assertThat(Texts.fold(null)).isEmpty();
    }

    @Test
    void foldsComposedAndDecomposedAccentsAlike() {
        assertThat(Texts.fold("Die\u0308tist")).isEqualTo(Texts.fold("Di\u00EBtist"));
    }

    @Test
    void cleanTrimsAndTurnsBlankIntoNothing() {
        assertThat(Texts.clean("  Huisarts Oost \n")).isEqualTo("Huisarts Oost");
        assertThat(Texts.clean(" \t ")).isNull();
        assertThat(Texts.clean(null)).isNull();
    }

    @Test
    void blankMeansNothingOrOnlySpaces() {
        assertThat(Texts.isBlank(null)).isTrue();
        assertThat(Texts.isBlank("  ")).isTrue();
        assertThat(Texts.isBlank(" x ")).isFalse();
    }

    @Test
    void cleanRemovesControlCharactersEscapesAndDirectionOverridesButKeepsLines() {
        String hostile = "Huisarts\u0000 Oost\u001B[31m rood\u001B[0m\u0007 \u202Egnilleb\u202C \u2066x\u2069 \u009B1m\r\ntweede\tregel";
        assertThat(Texts.clean(hostile)).isEqualTo("Huisarts Oost[31m rood[0m gnilleb x 1m\ntweede\tregel");
    }

    @Test
    void cleanLineTurnsLineBreaksAndRunsOfSpacesIntoOneSpace() {
        assertThat(Texts.cleanLine(" Anja\r\nde   Vries\u2028\t ")).isEqualTo("Anja de Vries");
        assertThat(Texts.cleanLine("\u0000\u001B")).isNull();
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"0000", "0008", "000B", "000C", "000D", "001B", "007F", "0080", "009B", "009F", "202A", "202B", "202C",
            "202D", "202E", "2066", "2067", "2068", "2069", "FEFF"})
    void theseCharactersAreHostile(String hex) {
        assertThat(Texts.isHostile(Integer.parseInt(hex, 16))).isTrue();
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"0009", "000A", "0020", "00E9", "0131", "200D", "0627"})
    void theseCharactersAreNot(String hex) {
        assertThat(Texts.isHostile(Integer.parseInt(hex, 16))).isFalse();
    }
}
