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
}
