package nl.verbinder.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest(name = "accepts ''{0}''")
    @ValueSource(strings = {
            "020-1234567",          // landline with area code
            "020-123 45 67",
            "(020) 123 45 67",
            "030 2345678",
            "0031 30 234 5678",
            "06 12345678",          // mobile
            "06-12345678",
            "0612345678",
            "+31 6 1234 5678",
            "+31612345678",
            "0031 6 12345678",
            "+31 20 123 4567",
            "085.123.45.67",
            "0800-1234",            // free service number
            "0900-1234567",
            "14 030",               // a municipality's short number
            "14030",
            "14 0318",
            "+32 2 123 45 67",      // Belgium
            "+49 30 1234567",       // Germany
            "+44 20 7946 0958"      // United Kingdom
    })
    void acceptsNumbersAsDutchPracticesWriteThem(String typed) {
        assertThat(PhoneNumber.normalise(typed)).isPresent();
    }

    @ParameterizedTest(name = "accepts ''{0}'' with the trunk zero in brackets")
    @ValueSource(strings = {"+31 (0)6 12345678", "+31 (0)20 123 4567", "0031 (0)30 234 5678"})
    void acceptsTrunkZeroInBrackets(String typed) {
        assertThat(PhoneNumber.normalise(typed)).isPresent();
    }

    @Test
    void keepsTheNumberAsWrittenOnlyTrimmed() {
        assertThat(PhoneNumber.normalise("  020-123 45 67 ")).contains("020-123 45 67");
        assertThat(PhoneNumber.normalise("06   12345678")).contains("06 12345678");
    }

    @ParameterizedTest(name = "refuses ''{0}''")
    @ValueSource(strings = {
            "12345",              // too short
            "020-12345",          // nine digits
            "020-12345678",       // eleven digits
            "0612345",
            "06-123456789",
            "+31 6 1234",         // too short after +31
            "+31 6 1234 56789",   // too long after +31
            "+31 (0)6 1234567",   // trunk zero, one digit short
            "+31 (0)06 12345678", // two trunk zeros
            "00 31 20 1234567 8",
            "0012345678",         // two zeros, not an international number
            "bel maar",           // not a number
            "06-1234567a",
            "+0 123 4567",
            "0800-123",           // service number too short
            "1400",               // municipality number too short
            "+3"
    })
    void refusesWhatIsNotAPhoneNumber(String typed) {
        assertThat(PhoneNumber.normalise(typed)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void refusesNothing(String typed) {
        assertThat(PhoneNumber.normalise(typed)).isEmpty();
    }
}
