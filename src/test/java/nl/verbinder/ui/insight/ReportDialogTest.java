package nl.verbinder.ui.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportDialogTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            /tmp/rapport.pdf, /tmp/rapport.pdf
            /tmp/rapport.PDF, /tmp/rapport.PDF
            '  /tmp/rapport  ', /tmp/rapport.pdf
            /tmp/kwartaal.q3, /tmp/kwartaal.q3.pdf
            """)
    void theFileGetsAPdfEndingWhenItHasNone(String typed, String expected) {
        assertThat(ReportDialog.pdf(typed)).isEqualTo(Path.of(expected));
    }
}
