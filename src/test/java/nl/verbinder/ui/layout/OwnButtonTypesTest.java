package nl.verbinder.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * JavaFX's stock button types ({@code ButtonType.CANCEL}, {@code OK}, ...) have no Dutch text:
 * a Dutch dialog would say "Cancel". Every dialog makes its own, with a text from the bundle.
 */
class OwnButtonTypesTest {

    private static final Pattern STOCK = Pattern.compile(
            "ButtonType\\.(CANCEL|OK|YES|NO|CLOSE|APPLY|FINISH|NEXT|PREVIOUS)\\b(?!\\.getButtonData)");

    @Test
    void noDialogUsesAStockButtonType() throws IOException {
        List<String> stock;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            stock = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(f -> lines(f).stream().filter(l -> STOCK.matcher(l).find())
                            // a dialog's result, not a button shown
                            .filter(l -> !l.contains("setResult("))
                            .map(l -> f + ": " + l.strip()))
                    .toList();
        }
        assertThat(stock).isEmpty();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
