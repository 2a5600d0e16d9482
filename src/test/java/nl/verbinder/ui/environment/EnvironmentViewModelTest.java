package nl.verbinder.ui.environment;

import static org.assertj.core.api.Assertions.assertThat;

import nl.verbinder.domain.EnvironmentFactor;
import nl.verbinder.domain.EnvironmentNote;
import nl.verbinder.ui.ViewModelTestBase;
import org.junit.jupiter.api.Test;

/** The environment view model without a window, on a real database file. */
class EnvironmentViewModelTest extends ViewModelTestBase {

    @Test
    void aNewNoteIsStoredAndListedUnderItsFactor() {
        EnvironmentViewModel model = new EnvironmentViewModel(fixture.context);
        model.load();
        NoteEditor editor = model.newNote(EnvironmentFactor.values()[0]);
        editor.titleProperty().set("Nieuw sportpark in Oost");
        editor.bodyProperty().set("Opent in het voorjaar.");

        editor.save(() -> { });

        assertThat(fixture.services().environment().list()).extracting(EnvironmentNote::title)
                .contains("Nieuw sportpark in Oost");
        assertThat(model.notesFor(EnvironmentFactor.values()[0])).isNotEmpty();
    }
}
