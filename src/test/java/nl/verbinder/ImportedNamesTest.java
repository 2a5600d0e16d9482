package nl.verbinder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The code names JDK, JavaFX and picocli types by their imported simple name, not written out
 * in full where they are used ({@code javafx.scene.layout.HBox row = ...}). A full name stays
 * only where an import of the same simple name is there already ({@code java.time.Duration}
 * beside {@code javafx.util.Duration}). Comments and string literals are not read.
 */
class ImportedNamesTest {

    private static final Pattern INLINE = Pattern.compile(
            "(?<![\\w.])(picocli\\.CommandLine\\.|(?:java|javafx)\\.(?:[a-z]\\w*\\.)+)([A-Z]\\w*)");
    private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");
    private static final Pattern IMPORT = Pattern.compile("^import ([\\w.]+)\\.(\\w+);");

    @Test
    void theCodeNamesItsTypesByImport() throws IOException {
        List<String> inline = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> inline.addAll(inlineNames(f)));
        }
        assertThat(inline).isEmpty();
    }

    @Test
    void aNameWrittenOutIsFound() {
        assertThat(inlineNames(List.of("import java.util.List;", "class A {",
                "    javafx.scene.layout.HBox row = new javafx.scene.layout.HBox();", "    // java.util.Set in a comment",
                "    java.util.List<String> names;", "    String key = \"java.util.logging.Level\";",
                "    @picocli.CommandLine.Mixin Flags flags;", "}"), "A.java"))
                .containsExactly("A.java: javafx.scene.layout.HBox row = new javafx.scene.layout.HBox();",
                        "A.java: java.util.List<String> names;", "A.java: @picocli.CommandLine.Mixin Flags flags;");
        assertThat(inlineNames(List.of("import java.time.Duration;", "class B {",
                "    Object pause = javafx.util.Duration.millis(5);", "}"), "B.java")).isEmpty();
    }

    private static List<String> inlineNames(Path file) {
        try {
            return inlineNames(Files.readAllLines(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> inlineNames(List<String> lines, String file) {
        Map<String, String> imported = new HashMap<>();
        List<String> found = new ArrayList<>();
        boolean inComment = false;
        for (String line : lines) {
            String code = line.strip();
            Matcher imports = IMPORT.matcher(code);
            if (imports.find()) {
                imported.put(imports.group(2), imports.group(1) + "." + imports.group(2));
                continue;
            }
            if (code.startsWith("import static ")) {
                continue;
            }
            if (code.startsWith("/*")) {
                inComment = true;
            }
            boolean comment = inComment || code.startsWith("*") || code.startsWith("//");
            if (code.contains("*/")) {
                inComment = false;
            }
            if (comment) {
                continue;
            }
            Matcher names = INLINE.matcher(STRING.matcher(code).replaceAll("\"\""));
            while (names.find()) {
                String full = names.group(1) + names.group(2);
                String taken = imported.get(names.group(2));
                if (taken == null || taken.equals(full)) {
                    found.add(file + ": " + code);
                    break;
                }
            }
        }
        return found;
    }
}
