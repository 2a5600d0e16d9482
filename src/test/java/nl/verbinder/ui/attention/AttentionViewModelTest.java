package nl.verbinder.ui.attention;

import static org.assertj.core.api.Assertions.assertThat;

import nl.verbinder.ui.ViewModelTestBase;
import org.junit.jupiter.api.Test;

/** The attention view model without a window, on a real database file. */
class AttentionViewModelTest extends ViewModelTestBase {

    @Test
    void loadingListsWhatNeedsAttentionAndCountsIt() {
        AttentionViewModel model = new AttentionViewModel(fixture.context);

        model.load();

        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.totalProperty().get()).isEqualTo(model.rows().size());
        assertThat(model.rows()).isNotEmpty();
    }
}
