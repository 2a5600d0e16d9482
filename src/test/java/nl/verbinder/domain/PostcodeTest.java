package nl.verbinder.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @ParameterizedTest(name = "''{0}'' becomes ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            1234 AB    | 1234 AB
            1234AB     | 1234 AB
            1234ab     | 1234 AB
            3511 ab    | 3511 AB
            '  3511  AB '  | 3511 AB
            9999 ZZ    | 9999 ZZ
            1000 AA    | 1000 AA
            """)
    void normalisesToFourDigitsSpaceTwoCapitals(String typed, String normalised) {
        assertThat(Postcode.normalise(typed)).contains(normalised);
    }

    @Test
    void acceptsNonBreakingSpaceFromCopiedText() {
        assertThat(Postcode.normalise("3511\u00A0AB")).contains("3511 AB");
    }

    @ParameterizedTest(name = "refuses ''{0}''")
    @ValueSource(strings = {
            "1234",        // without letters
            "AB",          // without digits
            "0123 AB",     // starts with 0
            "123 AB",      // three digits
            "12345 AB",    // five digits
            "1234 A",      // one letter
            "1234 ABC",    // three letters
            "1234-AB",     // hyphen
            "AB 1234",     // the wrong way round
            "1234 SA",     // never issued
            "1234 SD",
            "1234 ss",
            "1234 ÄB",
            "B-1000"       // a Belgian postcode
    })
    void refusesWhatIsNotADutchPostcode(String typed) {
        assertThat(Postcode.normalise(typed)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesNothing(String typed) {
        assertThat(Postcode.normalise(typed)).isEmpty();
    }
}
