package nl.verbinder.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.verbinder.domain.ImportSource;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.transfer.exports.VCardVersion;
import org.junit.jupiter.api.Test;

/** Every text the window's import and export dialogs ask for exists in Dutch and English. */
class TransferUiTextsTest {

    private static final Pattern KEY = Pattern.compile("\"(transfer\\.ui\\.[a-z0-9.-]+[a-z0-9])\"");

    @Test
    void everyKeyTheDialogsUseExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/nl/verbinder/ui"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        // Keys made from a name: menu items, wizard titles and texts, steps, vCard versions.
        for (TransferAction action : TransferAction.values()) {
            used.add(action.labelKey());
        }
        for (ImportSource source : ImportSource.values()) {
            used.add("transfer.ui.import.title." + source.code());
            used.add("transfer.ui.import.about." + source.code());
        }
        for (ImportWizardModel.Step step : ImportWizardModel.Step.values()) {
            used.add("transfer.ui.import.step." + step.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (VCardVersion version : VCardVersion.values()) {
            used.add("transfer.ui.export.vcard.version." + version.number().charAt(0));
        }
        for (FileKind kind : FileKind.values()) {
            used.add(kind.labelKey());
        }
        assertThat(used).hasSizeGreaterThan(120);

        for (Messages messages : new Messages[] {Messages.dutch(), Messages.english()}) {
            assertThat(used).allSatisfy(key -> assertThat(messages.has(key)).as(key + " in " + messages.language()).isTrue());
        }
    }

    @Test
    void countsInNotificationsReadWellInBothLanguages() {
        assertThat(Messages.dutch().get("transfer.ui.export.partners.done", 1234, "partners.csv"))
                .isEqualTo("1.234 partners geëxporteerd naar partners.csv.");
        assertThat(Messages.dutch().get("transfer.ui.export.partners.done", 1, "partners.csv"))
                .isEqualTo("1 partner geëxporteerd naar partners.csv.");
        assertThat(Messages.english().get("transfer.ui.export.partners.done", 1234, "partners.csv"))
                .isEqualTo("1,234 partners exported to partners.csv.");
        assertThat(Messages.dutch().get("transfer.ui.history.counts", 1, 0)).isEqualTo("1 partner, 0 contactpersonen");
        assertThat(Messages.english().get("transfer.ui.history.counts", 2, 1)).isEqualTo("2 partners, 1 contact person");
    }
}
