package nl.verbinder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.verbinder.domain.EnvironmentFactor;
import nl.verbinder.i18n.Messages;
import org.junit.jupiter.api.Test;

/**
 * The areas bundle (Contactmomenten, delers, omgevingsanalyse, praktijk, prullenbak, aandacht)
 * has every text in Dutch and English, and every key the window asks for.
 */
class AreasBundleTest {

    private static final Pattern KEY = Pattern.compile("\"(areas\\.[a-z0-9.-]+[a-z0-9])\"");

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> dutch = load("areas.properties").stringPropertyNames();
        Set<String> english = load("areas_en.properties").stringPropertyNames();

        assertThat(new TreeSet<>(english)).isEqualTo(new TreeSet<>(dutch));
    }

    @Test
    void everyKeyTheAreasUseExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/nl/verbinder/ui"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        // Keys made from a name: the period choices, the hints of forms, the empty core factors.
        for (String period : new String[] {"last-30-days", "last-3-months", "this-year", "last-year", "all"}) {
            used.add("areas.moments.period." + period);
        }
        for (String question : new String[] {"whatIsGoingOn", "whatMattersForPatient", "possibilities", "whatWeGoFor"}) {
            used.add("areas.goals.hint." + question);
        }
        for (String field : new String[] {"specialisations", "passionsAndCompetences", "distinctiveStrengths",
                "targetGroups"}) {
            used.add("areas.practice.hint." + field);
        }
        for (EnvironmentFactor factor : EnvironmentFactor.values()) {
            if (factor.isCore()) {
                used.add("areas.environment.factor.none." + factor.code());
            }
        }
        assertThat(used).hasSizeGreaterThan(100);

        for (Messages messages : new Messages[] {Messages.dutch(), Messages.english()}) {
            assertThat(used).allSatisfy(key -> assertThat(messages.has(key)).as(key + " in " + messages.language()).isTrue());
        }
    }

    @Test
    void countsReadWellInBothLanguages() {
        assertThat(Messages.dutch().get("areas.moments.count", 1)).isEqualTo("1 contactmoment");
        assertThat(Messages.dutch().get("areas.moments.count", 1234)).isEqualTo("1234 contactmomenten");
        assertThat(Messages.english().get("areas.trash.delete.message", "De Linde", 1, 0))
                .startsWith("With De Linde, 1 contact person and no contact moments go as well.");
        assertThat(Messages.dutch().get("areas.environment.missing", "Gezondheid", 1))
                .isEqualTo("Nog open: Gezondheid. Deze factor heeft nog geen enkele notitie.");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AreasBundleTest.class.getResourceAsStream("/nl/verbinder/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
