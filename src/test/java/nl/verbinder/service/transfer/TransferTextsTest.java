package nl.verbinder.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import nl.verbinder.domain.Coded;
import nl.verbinder.domain.ImportItem;
import nl.verbinder.domain.ImportSource;
import nl.verbinder.domain.ImportedEntity;
import nl.verbinder.domain.UndoBlocker;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.transfer.backup.BackupFormat;
import nl.verbinder.service.transfer.csv.CsvDialect;
import nl.verbinder.service.transfer.exports.CalendarStyle;
import nl.verbinder.service.transfer.imports.MatchReason;
import nl.verbinder.service.transfer.imports.RowAction;
import org.junit.jupiter.api.Test;

/** The transfer area's texts: the same keys in Dutch and English, and a label for every value the window shows. */
class TransferTextsTest {

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws Exception {
        assertThat(keys("transfer_en.properties")).isEqualTo(keys("transfer.properties"));
    }

    @Test
    void everyValueOfTheAreaHasALabelInBothLanguages() {
        List<String> labelKeys = new ArrayList<>();
        for (PartnerColumn column : PartnerColumn.values()) {
            labelKeys.add(column.labelKey());
        }
        for (RowAction action : RowAction.values()) {
            labelKeys.add(action.labelKey());
        }
        for (MatchReason reason : MatchReason.values()) {
            labelKeys.add(reason.messageKey());
        }
        for (CsvDialect dialect : CsvDialect.values()) {
            labelKeys.add(dialect.labelKey());
        }
        for (CalendarStyle style : CalendarStyle.values()) {
            labelKeys.add(style.labelKey());
        }
        for (BackupFormat format : BackupFormat.values()) {
            labelKeys.add(format.labelKey());
        }
        for (Coded[] values : List.<Coded[]>of(ImportSource.values(), ImportedEntity.values(),
                ImportItem.Action.values(), UndoBlocker.Reason.values())) {
            for (Coded value : values) {
                labelKeys.add(value.labelKey());
            }
        }

        for (Messages messages : List.of(Messages.dutch(), Messages.english())) {
            for (String key : labelKeys) {
                assertThat(messages.has(key)).as(messages.language() + ": " + key).isTrue();
            }
        }
    }

    private static java.util.Set<Object> keys(String file) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = TransferTextsTest.class.getResourceAsStream("/nl/verbinder/i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new java.util.TreeSet<>(properties.keySet());
    }
}
