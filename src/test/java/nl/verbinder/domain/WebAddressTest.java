package nl.verbinder.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WebAddressTest {

    @ParameterizedTest(name = "''{0}'' becomes ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            www.voorbeeld.nl                         | https://www.voorbeeld.nl
            voorbeeld.nl/over-ons                    | https://voorbeeld.nl/over-ons
            https://www.voorbeeld.nl                 | https://www.voorbeeld.nl
            http://www.voorbeeld.nl                  | http://www.voorbeeld.nl
            HTTPS://WWW.VOORBEELD.NL                 | HTTPS://WWW.VOORBEELD.NL
            '  https://cbsinuwbuurt.nl/#wijken '     | https://cbsinuwbuurt.nl/#wijken
            https://allecijfers.nl/wijk/oost-utrecht/?jaar=2025 | https://allecijfers.nl/wijk/oost-utrecht/?jaar=2025
            """)
    void acceptsWebAddressesAndAddsHttps(String typed, String normalised) {
        assertThat(WebAddress.normalise(typed)).contains(normalised);
    }

    @ParameterizedTest(name = "refuses ''{0}''")
    @ValueSource(strings = {
            "voorbeeld",                 // no dot in the host
            "localhost",
            "ftp://voorbeeld.nl",        // not the web
            "mailto:naam@voorbeeld.nl",
            "naam@voorbeeld.nl",         // an e-mail address in the wrong field
            "https://gebruiker:geheim@voorbeeld.nl",
            "www.voor beeld.nl",         // a space
            "https://",                  // no host
            "https://.nl",
            "https://voorbeeld.",
            "https://voor_beeld.nl"      // not a host name
    })
    void refusesWhatIsNotAWebAddress(String typed) {
        assertThat(WebAddress.normalise(typed)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesNothing(String typed) {
        assertThat(WebAddress.normalise(typed)).isEmpty();
    }

    @ParameterizedTest(name = "''{0}'' becomes ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            https://www.linkedin.com/in/anja-de-vries        | https://www.linkedin.com/in/anja-de-vries
            linkedin.com/in/anja-de-vries                    | https://linkedin.com/in/anja-de-vries
            www.linkedin.com/company/huisartsen-oost         | https://www.linkedin.com/company/huisartsen-oost
            https://nl.linkedin.com/in/anja-de-vries         | https://nl.linkedin.com/in/anja-de-vries
            HTTPS://WWW.LINKEDIN.COM/in/anja                 | HTTPS://WWW.LINKEDIN.COM/in/anja
            """)
    void acceptsLinkedInProfilesAndPages(String typed, String normalised) {
        assertThat(WebAddress.normaliseLinkedIn(typed)).contains(normalised);
    }

    @ParameterizedTest(name = "refuses ''{0}'' as LinkedIn")
    @ValueSource(strings = {
            "https://www.facebook.com/anja",
            "https://www.notlinkedin.com/in/anja",
            "https://linkedin.com.example.nl/in/anja",
            "https://www.voorbeeld.nl/linkedin.com",
            "anja-de-vries",
            "ftp://linkedin.com/in/anja"
    })
    void refusesOtherAddressesAsLinkedIn(String typed) {
        assertThat(WebAddress.normaliseLinkedIn(typed)).isEmpty();
    }
}
