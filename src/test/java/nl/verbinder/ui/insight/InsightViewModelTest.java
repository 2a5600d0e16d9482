package nl.verbinder.ui.insight;

import static org.assertj.core.api.Assertions.assertThat;

import nl.verbinder.ui.ViewModelTestBase;
import org.junit.jupiter.api.Test;

/** The insight view model without a window, on a real database file. */
class InsightViewModelTest extends ViewModelTestBase {

    @Test
    void loadingBringsTheChartsOfTheLastTwelveMonths() {
        InsightViewModel model = new InsightViewModel(fixture.context);

        model.load();

        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.chartsProperty().get()).isNotNull();
        assertThat(model.problemProperty().get()).isNull();
    }
}
