package nl.verbinder.ui.practice;

import static org.assertj.core.api.Assertions.assertThat;

import nl.verbinder.ui.ViewModelTestBase;
import org.junit.jupiter.api.Test;

/** The practice view model without a window, on a real database file. */
class PracticeViewModelTest extends ViewModelTestBase {

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
