package nl.verbinder.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.verbinder.domain.Category;
import nl.verbinder.ui.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network view model without a window, on a real database file. */
class NetworkViewModelTest {

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
