package nl.verbinder.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest(name = "accepts ''{0}''")
    @ValueSource(strings = {
            "naam@voorbeeld.nl",
            "a.de.vries@huisarts-oost.nl",
            "info+verwijzing@praktijk.utrecht.nl",
            "Anja.De.Vries@Voorbeeld.NL",
            "o'brien@example.co.uk",
            "yılmaz@örnek.com.tr"
    })
    void acceptsAddresses(String typed) {
        assertThat(EmailAddress.normalise(typed)).contains(typed);
    }

    @Test
    void trimsSpacesAround() {
        assertThat(EmailAddress.normalise("  naam@voorbeeld.nl\t")).contains("naam@voorbeeld.nl");
    }

    @ParameterizedTest(name = "refuses ''{0}''")
    @ValueSource(strings = {
            "naam@voorbeeld",         // no dot in the domain
            "naam.voorbeeld.nl",      // no @
            "naam@@voorbeeld.nl",
            "naam@voor@beeld.nl",
            "@voorbeeld.nl",          // nothing before the @
            "naam@.nl",
            "naam@voorbeeld..nl",
            "naam@voorbeeld.nl.",
            "naam @voorbeeld.nl",     // a space
            "Anja <anja@voorbeeld.nl>",
            "anja@voorbeeld.nl; piet@voorbeeld.nl"
    })
    void refusesWhatIsNotAnAddress(String typed) {
        assertThat(EmailAddress.normalise(typed)).isEmpty();
    }

    @Test
    void refusesAddressesLongerThanTheStandardAllows() {
        assertThat(EmailAddress.normalise("a".repeat(250) + "@x.nl")).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void refusesNothing(String typed) {
        assertThat(EmailAddress.normalise(typed)).isEmpty();
    }
}
