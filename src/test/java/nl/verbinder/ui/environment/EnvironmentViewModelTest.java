package nl.verbinder.ui.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.verbinder.domain.EnvironmentFactor;
import nl.verbinder.domain.EnvironmentNote;
import nl.verbinder.ui.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The environment view model without a window, on a real database file. */
class EnvironmentViewModelTest {

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
