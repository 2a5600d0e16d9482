package nl.verbinder.ui.trash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.verbinder.ui.ViewModelTestBase;
import org.junit.jupiter.api.Test;

/** The trash view model without a window, on a real database file. */
class TrashViewModelTest extends ViewModelTestBase {

    @Test
    void restoringAPartnerTakesItOutOfTheTrash() {
        fixture.services().partners().moveToTrash(List.of(fixture.sample.zwembad.id()));
        TrashViewModel model = new TrashViewModel(fixture.context);
        model.load();
        assertThat(model.rows()).extracting(TrashRow::name).containsExactly("Zwembad De Wetering");

        model.restore(model.rows().getFirst());

        assertThat(model.rows()).isEmpty();
        assertThat(fixture.services().partners().get(fixture.sample.zwembad.id()).inTrash()).isFalse();
    }

    @Test
    void deletingForGoodNeedsAYes() {
        fixture.services().partners().moveToTrash(List.of(fixture.sample.zwembad.id()));
        TrashViewModel model = new TrashViewModel(fixture.context);
        model.load();
        fixture.confirm = false;

        model.deleteForGood(model.rows().getFirst());

        assertThat(model.rows()).hasSize(1);
    }
}
