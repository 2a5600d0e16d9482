package nl.verbinder.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import nl.verbinder.ui.ViewModelTestBase;
import org.junit.jupiter.api.Test;

/** What the window says at start-up, without a window, on a real database file. */
class StartupViewModelTest extends ViewModelTestBase {

    @Test
    void countsWhatNeedsAttentionInThePractice() {
        StartupViewModel model = new StartupViewModel(fixture.context);

        model.countAttention();

        assertThat(model.attentionProperty().get())
                .isEqualTo(fixture.services().attention().count(fixture.context.today()));
        assertThat(model.attentionProperty().get()).isPositive();
    }

    @Test
    void offersNoDemoOverAPracticeWithData() {
        StartupViewModel model = new StartupViewModel(fixture.context);

        model.checkFirstStart(false);

        assertThat(model.offerDemoProperty().get()).isFalse();
        assertThat(fixture.context.settings().welcomed()).isFalse();
    }
}
