package nl.verbinder.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Dialog;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.Services;
import nl.verbinder.testutil.TestDatabase;
import nl.verbinder.ui.area.Area;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.Navigator;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.area.UiSettings;
import nl.verbinder.ui.fx.Dialogs;
import nl.verbinder.ui.fx.Notifier;
import nl.verbinder.ui.fx.SameThreadTaskRunner;

/**
 * A {@link UiContext} for testing view models without a window (JabRef's {@code *ViewModelTest}
 * style): the services over a real SQLite file in a temp folder, work on the calling thread,
 * no typing pause, and dialogs, notifications and navigation that only record what they were
 * asked, answering as the test says.
 */
public final class ViewModelFixture implements AutoCloseable {

    public final TestDatabase database;
    public final SamplePractice sample;
    public final UiContext context;
    public final List<String> errors = new ArrayList<>();
    public final List<String> notifications = new ArrayList<>();
    public final List<String> navigation = new ArrayList<>();
    public final Changes changes = new Changes();
    /** What a confirmation answers. */
    public boolean confirm = true;
    /** The merge dialogs shown after an edit conflict, and what the user does in each (may change the rows' choices). */
    public final List<nl.verbinder.ui.fx.FieldMerge> merges = new ArrayList<>();
    public java.util.function.Function<nl.verbinder.ui.fx.FieldMerge, nl.verbinder.ui.fx.FieldMerge.Answer> mergeAnswer =
            merge -> nl.verbinder.ui.fx.FieldMerge.Answer.KEEP_EDITING;

    public ViewModelFixture(Path folder) {
        database = TestDatabase.in(folder);
        sample = SamplePractice.in(database.services());
        context = new UiContext(database.services(), Messages.forLanguage("nl"), new SameThreadTaskRunner(),
                new RecordingDialogs(), new RecordingNotifier(), changes, new RecordingNavigator(),
                UiSettings.inMemory(), Duration.ZERO);
    }

    public Services services() {
        return database.services();
    }

    @Override
    public void close() {
        database.close();
    }

    private final class RecordingDialogs implements Dialogs {
        @Override
        public boolean confirm(String title, String message, String confirmLabel) {
            return confirm;
        }

        @Override
        public void error(String message) {
            errors.add(message);
        }

        @Override
        public void inform(String title, String message) {
            notifications.add(message);
        }

        @Override
        public boolean discardUnsavedChanges() {
            return confirm;
        }

        @Override
        public boolean reloadAfterConflict(String message) {
            errors.add(message);
            return false;
        }

        @Override
        public nl.verbinder.ui.fx.FieldMerge.Answer merge(nl.verbinder.ui.fx.FieldMerge merge) {
            merges.add(merge);
            return mergeAnswer.apply(merge);
        }

        @Override
        public Optional<Path> chooseDatabaseToOpen(Path folder) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseNewDatabase(Path folder) {
            return Optional.empty();
        }

        @Override
        public <R> Optional<R> show(Dialog<R> dialog) {
            return Optional.empty();
        }
    }

    private final class RecordingNotifier implements Notifier {
        @Override
        public void notify(String message) {
            notifications.add(message);
        }

        @Override
        public void notify(String message, String actionLabel, Runnable action) {
            notifications.add(message);
        }
    }

    private final class RecordingNavigator implements Navigator {
        @Override
        public void show(Area area) {
            navigation.add(area.code());
        }

        @Override
        public void showPartner(long partnerId) {
            navigation.add("partner " + partnerId);
        }

        @Override
        public void openDemo() {
            navigation.add("demo");
        }

        @Override
        public void logMoment(Long partnerId) {
            navigation.add("log " + partnerId);
        }

        @Override
        public void exportPartners(PartnerQuery query) {
            navigation.add("export");
        }
    }
}
