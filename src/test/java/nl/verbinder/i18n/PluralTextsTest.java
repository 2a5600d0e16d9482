package nl.verbinder.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No text says "1 rijen": a number placeholder directly before a plural noun belongs in a
 * {@code .other} text (with a {@code .one} beside it, read through {@link Messages#count}) or
 * in a {@code choice} format; a plain text like {@code "{0} partners"} is refused. Only texts
 * the code uses are checked; a base key with {@code .other} forms beside it is read through
 * {@code count} and is kept only so bundle edits stay additive.
 */
class PluralTextsTest {

    /** Plural nouns that follow a count in Verbinder's texts, Dutch and English. */
    private static final Pattern COUNT_BEFORE_PLURAL = Pattern.compile(
            "\\{\\d+(?:,number[^}]*)?}\\s+(?:van \\{\\d+(?:,number[^}]*)?}\\s+|of \\{\\d+(?:,number[^}]*)?}\\s+)?"
                    + "(partners|paren|rijen|kaarten|contactpersonen|contactmomenten|momenten|delers|notities|relaties"
                    + "|therapeuten|dagen|pagina's|tabellen|maanden|vervolgacties|records|velden|teksten|cellen|waarden"
                    + "|rows|cards|contact persons|contact moments|moments|goals|notes|relations|therapists|days|pages"
                    + "|tables|months|follow-ups|fields|texts|cells|values|times)\\b");

    /**
     * Texts that are only shown for numbers above one (another text covers one), or with a
     * fixed number; each with the reason.
     */
    private static final Map<String, String> ONLY_FOR_MANY = Map.ofEntries(
            Map.entry("ui.partners.trashed.many", "ui.partners.trashed.one names the single partner"),
            Map.entry("attention.view.snooze.about", "the default snooze of SnoozeEditor.DEFAULT_DAYS (14) days"),
            Map.entry("cli.demo.done", "the demo practice has fixed numbers, all above one"),
            Map.entry("error.rhythm", "the upper bound of the rhythm, far above one"),
            Map.entry("insights.period.too-long", "the longest period, a constant above one"));

    /** Keys whose texts are built from a code at run time, so no literal names them. */
    private static final List<String> BUILT_KEYS = List.of("attention.reason.");

    @Test
    void noCountStandsBeforeAPluralNounOutsideAnOtherForm() throws IOException {
        String sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).map(PluralTextsTest::read)
                    .collect(Collectors.joining("\n"));
        }
        List<String> wrong = new ArrayList<>();
        for (String bundle : Messages.BUNDLES) {
            for (String suffix : List.of("", "_en")) {
                Properties texts = load(bundle.replace('.', '/') + suffix + ".properties");
                for (String key : texts.stringPropertyNames()) {
                    boolean used = sources.contains("\"" + key + "\"") || BUILT_KEYS.stream().anyMatch(key::startsWith);
                    boolean superseded = texts.containsKey(key + ".other") // read through Messages.count
                            && !Pattern.compile("(get|text)\\(\\s*\"" + Pattern.quote(key) + "\"").matcher(sources).find();
                    if (key.endsWith(".other") || ONLY_FOR_MANY.containsKey(key) || !used || superseded) {
                        continue;
                    }
                    Matcher m = COUNT_BEFORE_PLURAL.matcher(withoutChoices(texts.getProperty(key)));
                    if (m.find()) {
                        wrong.add(bundle + suffix + ": " + key + " (\"" + m.group() + "\")");
                    }
                }
            }
        }
        assertThat(wrong).as("texts that would say \"1 %s\"; add .one/.other keys or a choice format", "rijen").isEmpty();
    }

    @Test
    void theDetectorSeesAPlainCountButNotAChoice() {
        assertThat(COUNT_BEFORE_PLURAL.matcher(withoutChoices("{0,number,#} partners")).find()).isTrue();
        assertThat(COUNT_BEFORE_PLURAL.matcher(withoutChoices("{1,number,#} van {0,number,#} partners")).find()).isTrue();
        assertThat(COUNT_BEFORE_PLURAL.matcher(withoutChoices(
                "{0,choice,0#Geen partners|1#1 partner|1<{0,number,#} partners}")).find()).isFalse();
    }

    @Test
    void countsReadRightForOneInTheDesktopTexts() {
        Messages nl = Messages.dutch();
        Messages en = Messages.english();
        assertThat(nl.count("ui.partners.count", 1)).isEqualTo("1 partner");
        assertThat(nl.count("ui.partners.count", 3)).isEqualTo("3 partners");
        assertThat(en.count("ui.partners.count", 1)).isEqualTo("1 partner");
        assertThat(nl.count("ui.partners.count.filtered", 1, 1)).isEqualTo("1 van 1 partner");
        assertThat(nl.count("ui.partners.count.filtered", 12, 3)).isEqualTo("3 van 12 partners");
        assertThat(en.count("ui.partners.count.filtered", 12, 3)).isEqualTo("3 of 12 partners");
        assertThat(nl.count("ui.selection.title", 1)).isEqualTo("1 partner gekozen");
        assertThat(nl.count("ui.partners.rhythm", 1)).isEqualTo("contact elke dag");
        assertThat(en.count("ui.partners.rhythm", 30)).isEqualTo("contact every 30 days");
        assertThat(nl.count("transfer.ui.backup.done", 1, "a.json")).isEqualTo("Reservekopie opgeslagen in a.json (1 rij).");
        assertThat(en.count("insights.report.saved", 1, "2026-Q1", "r.pdf")).contains("(1 page)");
        assertThat(nl.get("attention.reason.FOLLOW_UP_OVERDUE.message", "bellen", "01-01-2026", 1, 0))
                .isEqualTo("vervolgactie 'bellen' moest uiterlijk 01-01-2026 gebeuren, 1 dag te laat");
        assertThat(en.get("attention.reason.OVERDUE.message", 1, 1)).isEqualTo("last contact 1 day ago, rhythm 1 day");
    }

    /** The text with every {@code {n,choice,...}} part taken out (those say it right per number). */
    static String withoutChoices(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            Matcher start = Pattern.compile("\\{\\d+,choice,").matcher(text);
            if (!start.find(i)) {
                out.append(text.substring(i));
                break;
            }
            out.append(text, i, start.start());
            int depth = 0;
            int j = start.start();
            for (; j < text.length(); j++) {
                char c = text.charAt(j);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    break;
                }
            }
            out.append("#");
            i = j + 1;
        }
        return out.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(String resource) {
        Properties texts = new Properties();
        try (InputStream in = PluralTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
