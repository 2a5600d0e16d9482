package nl.verbinder.ui.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import nl.verbinder.ui.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The attention view model without a window, on a real database file. */
class AttentionViewModelTest {

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
    void loadingListsWhatNeedsAttentionAndCountsIt() {
        AttentionViewModel model = new AttentionViewModel(fixture.context);

        model.load();

        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.totalProperty().get()).isEqualTo(model.rows().size());
        assertThat(model.rows()).isNotEmpty();
    }
}
