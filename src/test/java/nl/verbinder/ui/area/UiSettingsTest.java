package nl.verbinder.ui.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's settings file: the desktop reminder is opt-in and survives a restart. */
class UiSettingsTest {

    @TempDir
    Path folder;

    @Test
    void theDesktopReminderIsOffUntilChosen() {
        UiSettings settings = UiSettings.load(folder.resolve(UiSettings.FILE_NAME));

        assertThat(settings.desktopReminder()).isFalse();
    }

    @Test
    void theDesktopReminderIsRememberedInTheFileAndCanBeTurnedOffAgain() {
        Path file = folder.resolve(UiSettings.FILE_NAME);
        UiSettings settings = UiSettings.load(file);
        settings.me(7L);
        settings.desktopReminder(true);
        settings.save();

        UiSettings reread = UiSettings.load(file);
        assertThat(reread.desktopReminder()).isTrue();
        assertThat(reread.me()).contains(7L);

        reread.desktopReminder(false);
        reread.save();
        assertThat(UiSettings.load(file).desktopReminder()).isFalse();
    }
}
