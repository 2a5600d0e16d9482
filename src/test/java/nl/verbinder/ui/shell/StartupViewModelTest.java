package nl.verbinder.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import nl.verbinder.ui.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the window says at start-up, without a window, on a real database file. */
class StartupViewModelTest {

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
