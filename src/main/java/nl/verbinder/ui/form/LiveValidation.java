package nl.verbinder.ui.form;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.service.ErrorText;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.Debouncer;

/**
 * Validate-as-you-type for a form's view model: after the user pauses, the draft goes to the
 * service's {@code check(...)} in the background and its messages land in {@link #errors()},
 * keyed by field. Only fields the user has touched show their errors until they try to save;
 * extra checks the UI can make alone (a date it cannot read) are added by the view model.
 */
public final class LiveValidation<D> {

    private final UiContext context;
    private final Supplier<D> draft;
    private final Function<D, List<FieldError>> check;
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final Set<String> touched = new HashSet<>();
    private final Map<String, String> local = new HashMap<>();
    private final Debouncer debouncer;
    private boolean showAll;
    private long generation;

    public LiveValidation(UiContext context, Supplier<D> draft, Function<D, List<FieldError>> check) {
        this.context = context;
        this.draft = draft;
        this.check = check;
        this.debouncer = new Debouncer(context.typingPause(), this::checkNow);
    }

    /** Field name to message, for the view to show next to each field. */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    /** The user changed this field: check again after a pause. */
    public void touched(String field) {
        touched.add(field);
        debouncer.trigger();
    }

    /** An error the UI found itself (such as unreadable date text), or {@code null} to clear it. */
    public void localError(String field, String message) {
        if (message == null) {
            local.remove(field);
        } else {
            local.put(field, message);
            touched.add(field);
        }
        debouncer.trigger();
    }

    public boolean hasLocalErrors() {
        return !local.isEmpty();
    }

    /** Shows every field's errors from a refused save. */
    public void show(ValidationException refusal) {
        showAll = true;
        publish(refusal.errors());
    }

    /** Shows every field's errors from now on (after the first attempt to save). */
    public void showAll() {
        showAll = true;
        debouncer.trigger();
    }

    /** Forgets everything: a fresh form. */
    public void reset() {
        debouncer.cancel();
        generation++;
        touched.clear();
        local.clear();
        showAll = false;
        errors.clear();
    }

    private void checkNow() {
        long mine = ++generation;
        D current = draft.get();
        context.run(() -> check.apply(current), result -> {
            if (mine == generation) {
                publish(result);
            }
        }, refusal -> {
            // Offline (a laptop away from the practice server) the check cannot run; the save says so.
            if (!"server.unreachable".equals(refusal.messageKey())) {
                context.showFailure(refusal);
            }
        });
    }

    private void publish(List<FieldError> found) {
        Map<String, String> next = new HashMap<>();
        for (FieldError error : found) {
            if (showAll || touched.contains(error.field())) {
                next.putIfAbsent(error.field(), ErrorText.message(context.messages(), error));
            }
        }
        local.forEach(next::put);
        errors.keySet().retainAll(next.keySet());
        errors.putAll(next);
    }
}
