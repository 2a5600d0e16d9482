package nl.verbinder.ui.shell;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.verbinder.domain.Therapist;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.UiContext;

/**
 * Who uses this computer ("Ik ben"): one of the practice's therapists, remembered in the
 * settings, shown in the status bar and used by "Mijn relaties" in Aandacht. Asked once, at
 * the first start that finds therapists; changeable from the menu and the status bar.
 */
public final class MeModel {

    private final UiContext context;
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper("");

    public MeModel(UiContext context) {
        this.context = context;
        context.changes().listen(this::refresh, Changes.Topic.THERAPISTS);
        refresh();
    }

    /** "Ik ben: Daan Kuipers", or the invitation to choose. */
    public ReadOnlyStringProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The therapists to choose from and the one chosen now, loaded in the background. */
    public void choices(Consumer<Choices> onLoaded) {
        Optional<Long> me = context.settings().me();
        context.run(() -> context.services().therapists().active(), active -> onLoaded.accept(new Choices(active,
                active.stream().filter(t -> me.isPresent() && me.get().equals(t.id())).findFirst().orElse(null))));
    }

    /** Whether to ask at this start: never asked, nobody chosen, and there are therapists to choose from. */
    public void askingDue(Consumer<Choices> ask) {
        if (context.settings().meAsked() || context.settings().me().isPresent()) {
            return;
        }
        choices(found -> {
            if (!found.therapists().isEmpty()) {
                context.settings().meAsked(true);
                save();
                ask.accept(found);
            }
        });
    }

    /** Remembers who uses this computer; Aandacht's "Mijn relaties" follows. */
    public void choose(Therapist therapist) {
        context.settings().me(therapist == null ? null : therapist.id());
        save();
        refresh();
        context.changes().announce(Changes.Topic.THERAPISTS);
    }

    private void refresh() {
        Optional<Long> me = context.settings().me();
        if (me.isEmpty()) {
            shown.set(context.text("ui.me.none"));
            return;
        }
        context.run(() -> context.services().therapists().list(), all -> shown.set(all.stream()
                .filter(t -> me.get().equals(t.id())).findFirst()
                .map(t -> context.text("ui.me.shown", t.name())).orElse(context.text("ui.me.none"))));
    }

    private void save() {
        context.run(() -> {
            context.settings().save();
            return null;
        }, done -> { });
    }

    /** The therapists to choose from, and who is chosen now (null when nobody). */
    public record Choices(List<Therapist> therapists, Therapist chosen) {
    }
}
