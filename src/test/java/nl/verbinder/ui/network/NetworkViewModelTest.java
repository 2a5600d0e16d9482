package nl.verbinder.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import nl.verbinder.domain.Category;
import nl.verbinder.ui.ViewModelTestBase;
import org.junit.jupiter.api.Test;

/** The network view model without a window, on a real database file. */
class NetworkViewModelTest extends ViewModelTestBase {

    @Test
    void loadingLaysOutEveryPartnerOnTheMap() {
        NetworkViewModel model = new NetworkViewModel(fixture.context);

        model.load();

        assertThat(model.anyPartnersProperty().get()).isTrue();
        assertThat(model.mapProperty().get().nodes()).hasSize(7);
    }

    @Test
    void aCategoryFilterLeavesOnlyThatCategory() {
        NetworkViewModel model = new NetworkViewModel(fixture.context);
        model.categoryProperty().set(Category.GP);

        model.load();

        assertThat(model.mapProperty().get().nodes()).hasSize(2);
    }
}
