package nl.verbinder.ui.area;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Consumer;
import nl.verbinder.domain.Coded;
import nl.verbinder.domain.ConflictException;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.ErrorText;
import nl.verbinder.service.Services;
import nl.verbinder.ui.fx.Dialogs;
import nl.verbinder.ui.fx.Notifier;
import nl.verbinder.ui.fx.TaskRunner;

/**
 * What every view and view model gets from the main window: the services over the open
 * database, the user's language, the background runner, the dialogs, notifications, change
 * announcements and navigation. Made anew for every scene build; passed by constructor.
 *
 * @param typingPause how long search-as-you-type and validate-as-you-type wait for the user
 *                    to stop typing; zero in tests
 */
public record UiContext(
        Services services,
        Messages messages,
        TaskRunner tasks,
        Dialogs dialogs,
        Notifier notifier,
        Changes changes,
        Navigator navigator,
        UiSettings settings,
        Duration typingPause) {

    /**
     * Tells the history who works at this computer: the therapist chosen at "Ik ben:", or
     * nobody ("Onbekend") until someone is chosen.
     */
    public void actAsMe() {
        services.history().actAs(settings.chosenMe().orElse(null));
    }

    /** Runs work in the background; on failure the user reads why in an error dialog. */
    public <T> void run(TaskRunner.Work<T> work, Consumer<? super T> onDone) {
        tasks.run(work, onDone, this::showFailure);
    }

    /** Runs work in the background, handing refusals to {@code onRefused}; other failures show as errors. */
    public <T> void run(TaskRunner.Work<T> work, Consumer<? super T> onDone,
                        Consumer<? super VerbinderException> onRefused) {
        tasks.run(work, onDone, failure -> {
            if (failure instanceof VerbinderException refusal) {
                onRefused.accept(refusal);
            } else {
                showFailure(failure);
            }
        });
    }

    /** Shows what went wrong in the user's language; unexpected failures also go to the log. */
    public void showFailure(RuntimeException failure) {
        if (failure instanceof VerbinderException refusal) {
            dialogs.error(ErrorText.describe(messages, refusal));
        } else {
            System.getLogger("nl.verbinder.ui").log(System.Logger.Level.ERROR, "Unexpected failure", failure);
            dialogs.error(messages.get("ui.error.unexpected", String.valueOf(failure.getMessage())));
        }
    }

    /**
     * Says that someone else changed the record (optimistic lock) and, when the user wants it,
     * reloads; otherwise the form keeps the user's edit so they can copy it.
     */
    public void offerReload(ConflictException conflict, Runnable reload) {
        if (dialogs.reloadAfterConflict(messages.get("ui.conflict.message", ErrorText.describe(messages, conflict)))) {
            reload.run();
        }
    }

    /**
     * A refusal of a background task: an edit conflict offers to reload ({@link #offerReload});
     * any other refusal shows as an error.
     */
    public void refused(VerbinderException refusal, Runnable reload) {
        if (refusal instanceof ConflictException conflict) {
            offerReload(conflict, reload);
        } else {
            showFailure(refusal);
        }
    }

    /** The text of a bundle key. */
    public String text(String key, Object... args) {
        return messages.get(key, args);
    }

    /** A text about a number of things, right for one and for more ({@link Messages#count}). */
    public String count(String key, long count, Object... more) {
        return messages.count(key, count, more);
    }

    /** The label of a category, status, kind... in the user's language. */
    public String label(Coded value) {
        return value == null ? "" : messages.get(value.labelKey());
    }

    public String date(LocalDate date) {
        return messages.date(date);
    }

    /** The open database's file: outputs refuse to write over it. */
    public Path databaseLocation() {
        return services.location();
    }

    public LocalDate today() {
        return LocalDate.now(services.clock());
    }
}
