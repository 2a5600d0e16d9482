package nl.verbinder.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Anna 't Hart           | Anna      | 't Hart
            Jan Peter van der Berg | Jan Peter | van der Berg
            Mehmet Yılmaz          | Mehmet    | Yılmaz
            Sanne de Vries         | Sanne     | de Vries
            Fatima El Amrani       | Fatima    | El Amrani
            Madonna                | ""        | Madonna
            Maria Anna Jansen      | Maria Anna| Jansen
            """)
    void splitsDutchNamesAtTheFirstParticle(String full, String given, String family) {
        PersonName name = PersonName.split(full);

        assertThat(name.given()).isEqualTo(given == null ? "" : given);
        assertThat(name.family()).isEqualTo(family);
        assertThat(PersonName.join(name.given(), name.family())).isEqualTo(full.strip());
    }
}
