package nl.verbinder.ui.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import nl.verbinder.ui.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The practice view model without a window, on a real database file. */
class PracticeViewModelTest {

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
    void deactivatingATherapistStoresItAndSaysSo() {
        PracticeViewModel model = new PracticeViewModel(fixture.context);
        model.load();

        model.toggleActive(fixture.sample.bram);

        assertThat(fixture.services().therapists().get(fixture.sample.bram.id()).active()).isFalse();
        assertThat(model.therapists()).filteredOn(t -> t.id().equals(fixture.sample.bram.id()))
                .singleElement().satisfies(t -> assertThat(t.active()).isFalse());
        assertThat(fixture.notifications).hasSize(1);
    }
}
