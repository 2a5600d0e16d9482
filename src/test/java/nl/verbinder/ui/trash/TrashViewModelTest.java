package nl.verbinder.ui.trash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.verbinder.ui.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trash view model without a window, on a real database file. */
class TrashViewModelTest {

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
