package nl.verbinder.ui.environment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.verbinder.domain.EnvironmentFactor;
import nl.verbinder.domain.EnvironmentNote;
import nl.verbinder.ui.area.Browser;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.LoadingAreaModel;
import nl.verbinder.ui.area.OwnAnnouncements;
import nl.verbinder.ui.area.UiContext;

/**
 * The state of Omgevingsanalyse: the notes, how many each factor has, and which of the four
 * core factors have none yet; create, edit, delete, and open a note's source.
 */
public final class EnvironmentViewModel extends LoadingAreaModel {

    private final UiContext context;
    private final Browser browser;
    private final ObservableList<NoteCard> notes = FXCollections.observableArrayList();
    private final ObservableList<FactorCoverage> coverage = FXCollections.observableArrayList();
    private final ObservableList<EnvironmentFactor> missing = FXCollections.observableArrayList();
    private final OwnAnnouncements own;

    public EnvironmentViewModel(UiContext context) {
        this.context = context;
        this.own = new OwnAnnouncements(context.changes());
        this.browser = new Browser(context);
        own.listen(this::reloadIfLoaded, Changes.Topic.ENVIRONMENT);
    }

    public ObservableList<NoteCard> notes() {
        return notes;
    }

    /** Every factor with its number of notes, core factors first. */
    public ObservableList<FactorCoverage> coverage() {
        return coverage;
    }

    /** The core factors without notes. */
    public ObservableList<EnvironmentFactor> missing() {
        return missing;
    }

    public List<NoteCard> notesFor(EnvironmentFactor factor) {
        return notes.stream().filter(n -> n.note().factor() == factor).toList();
    }

    private record Loaded(List<EnvironmentNote> notes, Map<EnvironmentFactor, Integer> coverage,
                          List<EnvironmentFactor> missing) {
    }

    @Override
    public void load() {
        context.run(() -> new Loaded(context.services().environment().list(),
                context.services().environment().coverage(),
                context.services().environment().missingCoreFactors()), this::show);
    }

    public NoteEditor newNote(EnvironmentFactor factor) {
        return new NoteEditor(context, null, factor, this::changed);
    }

    public NoteEditor edit(NoteCard card) {
        return new NoteEditor(context, card.note(), card.note().factor(), this::changed);
    }

    /** Moves the note to the trash, with a notice that undoes it. */
    public void delete(NoteCard card) {
        context.run(() -> context.services().environment().moveToTrash(card.note().id()), item -> {
            changed();
            context.notifier().notify(context.text("areas.environment.deleted", card.note().title()),
                    context.text("areas.action.undo"), () -> context.run(() -> context.services().trash().restore(item),
                            restored -> changed()));
        });
    }

    public void openSource(NoteCard card) {
        browser.open(card.note().sourceUrl());
    }

    private void changed() {
        load();
        own.announce(Changes.Topic.ENVIRONMENT);
    }

    private void show(Loaded found) {
        notes.setAll(found.notes().stream().map(this::card).toList());
        List<FactorCoverage> tiles = new ArrayList<>();
        Arrays.stream(EnvironmentFactor.values()).sorted((a, b) -> Boolean.compare(b.isCore(), a.isCore()))
                .forEach(f -> tiles.add(new FactorCoverage(f, found.coverage().getOrDefault(f, 0),
                        found.missing().contains(f))));
        missing.setAll(found.missing());
        // Last: the view redraws when the coverage changes, with the notes and what is missing in place.
        coverage.setAll(tiles);
        markLoaded();
    }

    private NoteCard card(EnvironmentNote note) {
        List<String> meta = new ArrayList<>();
        if (note.area() != null) {
            meta.add(note.area());
        }
        if (note.observedOn() != null) {
            meta.add(context.date(note.observedOn()));
        }
        if (note.sourceKind() != null) {
            meta.add(context.label(note.sourceKind()));
        }
        return new NoteCard(note, String.join(" · ", meta));
    }
}
