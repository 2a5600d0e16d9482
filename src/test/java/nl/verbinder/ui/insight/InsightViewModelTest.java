package nl.verbinder.ui.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import nl.verbinder.ui.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The insight view model without a window, on a real database file. */
class InsightViewModelTest {

    @TempDir
    Path folder;
    private ViewModelFixture fixture;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void loadingBringsTheChartsOfTheLastTwelveMonths() {
        InsightViewModel model = new InsightViewModel(fixture.context);

        model.load();

        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.chartsProperty().get()).isNotNull();
        assertThat(model.problemProperty().get()).isNull();
    }
}
