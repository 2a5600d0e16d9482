package nl.verbinder.domain.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.verbinder.domain.VerbinderException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class QuarterTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            2026Q1, 2026-01-01, 2026-03-31
            2026q2, 2026-04-01, 2026-06-30
            2026-Q3, 2026-07-01, 2026-09-30
            ' 2024Q4 ', 2024-10-01, 2024-12-31
            """)
    void parsesAQuarterWithItsFirstAndLastDay(String text, LocalDate start, LocalDate end) {
        Quarter quarter = Quarter.parse(text);
        assertThat(quarter.start()).isEqualTo(start);
        assertThat(quarter.end()).isEqualTo(end);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026", "2026Q5", "2026Q0", "Q3 2026", "26Q3", "2026-07", "derde kwartaal"})
    void refusesTextThatIsNoQuarterWithTheBundleMessage(String text) {
        assertThatThrownBy(() -> Quarter.parse(text))
                .isInstanceOfSatisfying(VerbinderException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("insights.quarter.invalid"));
    }

    @Test
    void knowsTheQuarterOfADayAndItsNeighbours() {
        assertThat(Quarter.of(LocalDate.of(2026, 9, 30))).isEqualTo(new Quarter(2026, 3));
        assertThat(Quarter.of(LocalDate.of(2026, 10, 1))).isEqualTo(new Quarter(2026, 4));
        assertThat(new Quarter(2026, 1).previous()).hasToString("2025Q4");
        assertThat(new Quarter(2025, 4).next()).hasToString("2026Q1");
        assertThat(new Quarter(2026, 3).contains(LocalDate.of(2026, 7, 1))).isTrue();
        assertThat(new Quarter(2026, 3).contains(LocalDate.of(2026, 10, 1))).isFalse();
    }
}
