package nl.verbinder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.verbinder.i18n.Messages;
import nl.verbinder.ui.area.Area;
import org.junit.jupiter.api.Test;

/** Every text of the window exists in Dutch and English, and every key the code uses exists. */
class UiBundleTest {

    private static final Pattern KEY = Pattern.compile("\"(ui\\.[a-z0-9.-]+[a-z0-9])\"");

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> dutch = load("ui.properties").stringPropertyNames();
        Set<String> english = load("ui_en.properties").stringPropertyNames();

        assertThat(new TreeSet<>(english)).isEqualTo(new TreeSet<>(dutch));
    }

    @Test
    void everyKeyTheWindowUsesExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/nl/verbinder"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        for (Area area : Area.values()) {
            used.add(area.labelKey());
        }

        for (Messages messages : new Messages[] {Messages.dutch(), Messages.english()}) {
            assertThat(used).allSatisfy(key -> assertThat(messages.has(key)).as(key + " in " + messages.language()).isTrue());
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = UiBundleTest.class.getResourceAsStream("/nl/verbinder/i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
