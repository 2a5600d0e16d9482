package nl.verbinder.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.verbinder.domain.Coded;
import nl.verbinder.store.DatabaseFileException;
import nl.verbinder.testutil.CodedEnums;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the bundles complete: Dutch and English have the same keys, every label and every
 * key the code uses exists, and every text formats. A missing key would show as {@code !key!}.
 */
class BundleConsistencyTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");

    /** A string literal that is a bundle key of the given prefix, e.g. {@code "error.postcode"}. */
    private static Pattern literalKeys(String prefix) {
        return Pattern.compile("\"(" + Pattern.quote(prefix) + "[a-zA-Z0-9.-]+)\"");
    }

    static Stream<String> existingBundles() {
        return Messages.BUNDLES.stream().filter(name -> resource(name, "") != null || resource(name, "_en") != null);
    }

    @Test
    void theCoreBundleExists() {
        assertThat(existingBundles()).contains("nl.verbinder.i18n.core");
    }

    @ParameterizedTest
    @MethodSource("existingBundles")
    void dutchAndEnglishHaveTheSameKeys(String bundle) {
        Properties dutch = load(bundle, "");
        Properties english = load(bundle, "_en");
        assertThat(dutch).as("%s.properties (Dutch)", bundle).isNotNull();
        assertThat(english).as("%s_en.properties (English)", bundle).isNotNull();
        Set<String> onlyInDutch = new TreeSet<>(dutch.stringPropertyNames());
        onlyInDutch.removeAll(english.stringPropertyNames());
        Set<String> onlyInEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyInEnglish.removeAll(dutch.stringPropertyNames());
        assertThat(onlyInDutch).as("keys of %s only in Dutch", bundle).isEmpty();
        assertThat(onlyInEnglish).as("keys of %s only in English", bundle).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("existingBundles")
    void noTextIsEmpty(String bundle) {
        for (String suffix : List.of("", "_en")) {
            Properties texts = load(bundle, suffix);
            for (String key : texts.stringPropertyNames()) {
                assertThat(texts.getProperty(key)).as("%s%s: %s", bundle, suffix, key).isNotBlank();
            }
        }
    }

    @Test
    void everyCodedValueHasALabelInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (Messages messages : List.of(Messages.dutch(), Messages.english())) {
            CodedEnums.constants()
                    .map(Coded::labelKey)
                    .filter(key -> !messages.has(key))
                    .forEach(key -> missing.add(messages.language() + ": " + key));
        }
        assertThat(CodedEnums.types()).isNotEmpty();
        assertThat(missing).isEmpty();
    }

    @Test
    void everyErrorKeyInTheCodeExists() {
        assertKeysExist(keysUsedInCode(literalKeys("error.")));
    }

    @Test
    void everyDatabaseRefusalHasItsText() {
        assertKeysExist(Stream.of(DatabaseFileException.Reason.values())
                .map(DatabaseFileException.Reason::messageKey).toList());
    }

    /** Conflicts and not-found errors name the record by an entity key: {@code new ConflictException("goal", id)}. */
    @Test
    void everyEntityNamedInTheCodeHasALabel() {
        Pattern entity = Pattern.compile("new (?:ConflictException|NotFoundException)\\(\"([a-z-]+)\"");
        assertKeysExist(keysUsedInCode(entity).stream().map(name -> "entity." + name).toList());
    }

    /** Field errors show the field's label ({@code field.<name>}); without one the user reads the code's name. */
    @Test
    void everyFieldWithErrorsHasALabel() {
        Pattern field = Pattern.compile("(?:Fields\\.\\w+\\(v, |v\\.add\\(|FieldError\\.of\\()\"([a-zA-Z]+)\"");
        Set<String> fields = new java.util.TreeSet<>(keysUsedInCode(field));
        fields.addAll(momentFields()); // the moment's fields are named by constants in domain.MomentField
        assertThat(fields).contains("name", "postcode", "followUpDue");
        assertKeysExist(fields.stream().map(name -> "field." + name).toList());
    }

    @Test
    void everyTextFormatsInItsLanguage() {
        List<String> failures = new ArrayList<>();
        existingBundles().forEach(bundle -> {
            for (String suffix : List.of("", "_en")) {
                Messages messages = suffix.isEmpty() ? Messages.dutch() : Messages.english();
                Properties texts = load(bundle, suffix);
                for (String key : texts.stringPropertyNames()) {
                    try {
                        Object[] args = sampleArguments(texts.getProperty(key), messages);
                        String text = messages.get(key, args);
                        if (text.startsWith("!") || (args.length > 0 && text.matches(".*\\{\\d.*"))) {
                            failures.add(bundle + suffix + " " + key + ": " + text);
                        }
                    } catch (IllegalArgumentException e) {
                        failures.add(bundle + suffix + " " + key + ": " + e.getMessage());
                    }
                }
            }
        });
        assertThat(failures).isEmpty();
    }

    /** A text uses the same placeholders in both languages, so no argument gets lost in translation. */
    @ParameterizedTest
    @MethodSource("existingBundles")
    void bothLanguagesUseTheSamePlaceholders(String bundle) {
        Properties dutch = load(bundle, "");
        Properties english = load(bundle, "_en");
        for (String key : dutch.stringPropertyNames()) {
            if (english.containsKey(key)) {
                assertThat(placeholders(english.getProperty(key)))
                        .as("placeholders of %s", key)
                        .isEqualTo(placeholders(dutch.getProperty(key)));
            }
        }
    }

    @Test
    void apostrophesInTextsStayPlain() {
        assertThat(Messages.dutch().get("error.postcode", "12")).startsWith("'12' is geen");
        assertThat(Messages.english().get("error.postcode", "12")).startsWith("'12' is not");
    }

    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> indexes = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (m.find()) {
            indexes.add(Integer.parseInt(m.group(1)));
        }
        return indexes;
    }

    /** Arguments of the kinds the pattern's placeholders expect: numbers for number and choice, text otherwise. */
    private static Object[] sampleArguments(String pattern, Messages messages) {
        if (!pattern.contains("{")) {
            return new Object[0];
        }
        Format[] formats = new MessageFormat(pattern.replace("'", "''"), messages.locale()).getFormatsByArgumentIndex();
        Object[] args = new Object[formats.length];
        for (int i = 0; i < formats.length; i++) {
            Format f = formats[i];
            args[i] = f instanceof NumberFormat || f instanceof ChoiceFormat ? (Object) 2
                    : f == null ? "voorbeeld" : new Date();
        }
        return args;
    }

    private static void assertKeysExist(java.util.Collection<String> keys) {
        assertThat(keys).isNotEmpty();
        for (Messages messages : List.of(Messages.dutch(), Messages.english())) {
            assertThat(keys.stream().filter(key -> !messages.has(key)).toList())
                    .as("keys missing in %s", messages.language())
                    .isEmpty();
        }
    }

    private static Set<String> keysUsedInCode(Pattern pattern) {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static java.net.URL resource(String bundle, String suffix) {
        return BundleConsistencyTest.class.getClassLoader().getResource(bundle.replace('.', '/') + suffix + ".properties");
    }

    private static Properties load(String bundle, String suffix) {
        java.net.URL url = resource(bundle, suffix);
        if (url == null) {
            return null;
        }
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
    /** The values of {@code MomentField}'s constants: the field names of a contact moment. */
    private static Set<String> momentFields() {
        Set<String> names = new java.util.TreeSet<>();
        for (java.lang.reflect.Field constant : nl.verbinder.domain.MomentField.class.getFields()) {
            try {
                names.add((String) constant.get(null));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return names;
    }
}
