package nl.verbinder.ui.week;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.verbinder.i18n.Messages;
import nl.verbinder.ui.area.UiSettings;
import nl.verbinder.ui.desktop.RecordingNotifier;
import nl.verbinder.ui.desktop.RecordingNotifier.Shown;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desktop reminder's rules: only for who opted in, at most once a day, only when something
 * is due, a count right for one and for more, and nothing but the count in the text.
 */
class DesktopReminderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    private UiSettings settings;
    private RecordingNotifier desktop;
    private DesktopReminder reminder;

    @BeforeEach
    void setUp() {
        settings = UiSettings.load(folder.resolve(UiSettings.FILE_NAME));
        desktop = RecordingNotifier.working();
        reminder = new DesktopReminder(() -> desktop);
    }

    @Test
    void offByDefaultItNeverShows() {
        reminder.remind(settings, Messages.dutch(), TODAY, 3);
        reminder.remind(settings, Messages.dutch(), TODAY.plusDays(1), 3);

        assertThat(desktop.shown()).isEmpty();
    }

    @Test
    void optedInItShowsTheCountOnceADay() {
        settings.desktopReminder(true);

        reminder.remind(settings, Messages.dutch(), TODAY, 3);
        reminder.remind(settings, Messages.dutch(), TODAY, 3); // a reload later that day
        reminder.remind(settings, Messages.dutch(), TODAY.plusDays(1), 1); // the next morning

        assertThat(desktop.shown()).containsExactly(
                new Shown("Verbinder: Mijn week", "3 vervolgacties voor vandaag of te laat."),
                new Shown("Verbinder: Mijn week", "1 vervolgactie voor vandaag of te laat."));
    }

    @Test
    void inEnglishWithTheRightPlural() {
        settings.desktopReminder(true);

        reminder.remind(settings, Messages.english(), TODAY, 1);
        reminder.remind(settings, Messages.english(), TODAY.plusDays(1), 12);

        assertThat(desktop.shown()).extracting(Shown::text)
                .containsExactly("1 follow-up due today or overdue.", "12 follow-ups due today or overdue.");
    }

    @Test
    void nothingDueNothingShown() {
        settings.desktopReminder(true);

        reminder.remind(settings, Messages.dutch(), TODAY, 0);

        assertThat(desktop.shown()).isEmpty();
    }

    @Test
    void turnedOffAgainItStops() {
        settings.desktopReminder(true);
        reminder.remind(settings, Messages.dutch(), TODAY, 2);
        settings.desktopReminder(false);

        reminder.remind(settings, Messages.dutch(), TODAY.plusDays(1), 2);

        assertThat(desktop.shown()).hasSize(1);
    }

    @Test
    void withoutANotificationServiceNothingIsShownAndNothingBreaks() {
        RecordingNotifier missing = RecordingNotifier.missing();
        DesktopReminder withoutService = new DesktopReminder(() -> missing);
        settings.desktopReminder(true);

        withoutService.remind(settings, Messages.dutch(), TODAY, 2);

        assertThat(missing.shown()).isEmpty();
    }

    @Test
    void theNotifierIsNotMadeWhileTheReminderIsOff() {
        DesktopReminder untouched = new DesktopReminder(() -> {
            throw new AssertionError("the system's notifier was asked for while the reminder is off");
        });

        untouched.remind(settings, Messages.dutch(), TODAY, 5);
    }
}
