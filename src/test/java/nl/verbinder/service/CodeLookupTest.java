package nl.verbinder.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.Coded;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.EnvironmentFactor;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.PartnerKind;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.SourceKind;
import nl.verbinder.domain.TherapistRole;
import nl.verbinder.i18n.Messages;
import nl.verbinder.testutil.CodedEnums;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodeLookupTest {

    private static final Messages DUTCH = Messages.dutch();
    private static final Messages ENGLISH = Messages.english();

    @ParameterizedTest(name = "''{0}'' is category {1}")
    @CsvSource(delimiter = '|', textBlock = """
            dietitian                | DIETITIAN
            diëtist                  | DIETITIAN
            DIETIST                  | DIETITIAN
            Diëtist                  | DIETITIAN
            Dietitian                | DIETITIAN
            DIETITIAN                | DIETITIAN
            sports club              | SPORTS_CLUB
            sports-club              | SPORTS_CLUB
            Sportvereniging          | SPORTS_CLUB
            SPORTS_CLUB              | SPORTS_CLUB
            huisarts                 | GP
            GP                       | GP
            huisartsenpraktijk       | GP
            Patiëntenorganisatie     | PATIENT_ORGANISATION
            patientenorganisatie     | PATIENT_ORGANISATION
            patient organisation     | PATIENT_ORGANISATION
            zwembad                  | SWIMMING_POOL
            swimming pool            | SWIMMING_POOL
            ' Zorgverzekeraar '      | HEALTH_INSURER
            """)
    void readsCategoriesAsPeopleTypeThem(String typed, Category expected) {
        assertThat(CodeLookup.parse(Category.class, typed)).contains(expected);
    }

    @ParameterizedTest(name = "''{0}'' is contact kind {1}")
    @CsvSource(delimiter = '|', textBlock = """
            in-person       | IN_PERSON
            in person       | IN_PERSON
            persoonlijk     | IN_PERSON
            Persoonlijk     | IN_PERSON
            e-mail          | EMAIL
            email           | EMAIL
            E-MAIL          | EMAIL
            mail            | EMAIL
            telefoon        | PHONE
            phone           | PHONE
            netwerkbijeenkomst | EVENT
            network event   | EVENT
            """)
    void readsContactKindsAsPeopleTypeThem(String typed, ContactKind expected) {
        assertThat(CodeLookup.parse(ContactKind.class, typed)).contains(expected);
    }

    @Test
    void readsStatusesInBothLanguagesWithOrWithoutAccents() {
        assertThat(CodeLookup.parse(PartnerStatus.class, "Beëindigd")).contains(PartnerStatus.ENDED);
        assertThat(CodeLookup.parse(PartnerStatus.class, "beeindigd")).contains(PartnerStatus.ENDED);
        assertThat(CodeLookup.parse(PartnerStatus.class, "ended")).contains(PartnerStatus.ENDED);
        assertThat(CodeLookup.parse(PartnerStatus.class, "slapend")).contains(PartnerStatus.DORMANT);
        assertThat(CodeLookup.parse(GoalStatus.class, "Lopend")).contains(GoalStatus.ACTIVE);
        assertThat(CodeLookup.parse(GoalStatus.class, "ACHIEVED")).contains(GoalStatus.ACHIEVED);
        assertThat(CodeLookup.parse(EnvironmentFactor.class, "Zorg- en welzijnsvoorzieningen"))
                .contains(EnvironmentFactor.CARE_AND_WELFARE);
        assertThat(CodeLookup.parse(SourceKind.class, "cbsinuwbuurt.nl")).contains(SourceKind.CBS_IN_UW_BUURT);
        assertThat(CodeLookup.parse(TherapistRole.class, "praktijkhouder")).contains(TherapistRole.PRACTICE_OWNER);
        assertThat(CodeLookup.parse(PartnerKind.class, "persoon")).contains(PartnerKind.PERSON);
    }

    static Stream<Arguments> everyConstant() {
        return CodedEnums.constants().map(c -> Arguments.of(c.getClass().getSimpleName() + "." + c, c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyConstant")
    void readsEveryValueFromItsCodeAndBothLabelsInAnyCase(String name, Coded value) {
        Class<?> type = ((Enum<?>) value).getDeclaringClass();
        for (String spelling : spellings(value)) {
            assertThat(parse(type, spelling)).as("'%s'", spelling).isEqualTo(value);
            assertThat(parse(type, spelling.toUpperCase(Locale.ROOT))).as("'%s' in capitals", spelling).isEqualTo(value);
            assertThat(parse(type, spelling.toLowerCase(Locale.ROOT))).as("'%s' in lower case", spelling).isEqualTo(value);
            assertThat(parse(type, stripAccents(spelling))).as("'%s' without accents", spelling).isEqualTo(value);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyConstant")
    void everyAliasMeansOnlyItsOwnValue(String name, Coded value) {
        Class<?> type = ((Enum<?>) value).getDeclaringClass();
        for (Messages messages : new Messages[] {DUTCH, ENGLISH}) {
            String key = value.labelKey() + ".aliases";
            if (messages.has(key)) {
                for (String alias : messages.get(key).split(",")) {
                    assertThat(parse(type, alias)).as("alias '%s' (%s)", alias, messages.language()).isEqualTo(value);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "fysiotherapeut", "gpx", "xyz"})
    void refusesWhatMeansNothing(String typed) {
        assertThat(CodeLookup.parse(Category.class, typed)).isEmpty();
    }

    @Test
    void refusesNothingAtAll() {
        assertThat(CodeLookup.parse(Category.class, null)).isEmpty();
    }

    @Test
    void listsTheCodesForHelpTexts() {
        assertThat(CodeLookup.codes(ContactKind.class))
                .containsExactly("in-person", "phone", "email", "video", "event", "other");
    }

    private static String[] spellings(Coded value) {
        return new String[] {value.code(), ((Enum<?>) value).name(), DUTCH.get(value.labelKey()),
                ENGLISH.get(value.labelKey())};
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parse(Class<?> type, String text) {
        return CodeLookup.parse((Class) type, text).orElse(null);
    }

    private static String stripAccents(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    @Test
    void hasEveryCodedEnum() {
        assertThat(CodedEnums.types()).contains(Category.class, ContactKind.class, PartnerStatus.class,
                GoalStatus.class, EnvironmentFactor.class, SourceKind.class, TherapistRole.class, PartnerKind.class);
        assertThat(Arrays.asList(Category.values())).hasSize(17);
    }
}
