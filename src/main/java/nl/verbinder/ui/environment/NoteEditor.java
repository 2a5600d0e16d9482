package nl.verbinder.ui.environment;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.verbinder.domain.EnvironmentFactor;
import nl.verbinder.domain.EnvironmentNote;
import nl.verbinder.domain.NotFoundException;
import nl.verbinder.domain.SourceKind;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.MergeField;
import nl.verbinder.ui.form.RecordForm;

/** The form of an environment note: factor, title, area, what was seen, the source and when. */
public final class NoteEditor extends RecordForm<EnvironmentNote> {

    private final Runnable onSaved;
    /** The factor a new note starts with. */
    private final EnvironmentFactor factorOfNew;
    private final ObjectProperty<EnvironmentFactor> factor = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty area = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ObjectProperty<SourceKind> sourceKind = new SimpleObjectProperty<>();
    private final StringProperty sourceUrl = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> observedOn = new SimpleObjectProperty<>();

    NoteEditor(UiContext context, EnvironmentNote note, EnvironmentFactor factorOfNew, Runnable onSaved) {
        super(context, context.services().environment()::check, EnvironmentNote::id,
                id -> context.services().environment().list().stream().filter(n -> n.id() == id).findFirst()
                        .orElseThrow(() -> new NotFoundException("environment-note", id)));
        this.onSaved = onSaved;
        this.factorOfNew = factorOfNew;
        fill(() -> showRecord(note));
    }

    public void save(Runnable done) {
        store(context.services().environment()::create, context.services().environment()::update, stored -> {
            done.run();
            onSaved.run();
        });
    }

    @Override
    protected EnvironmentNote draft() {
        EnvironmentNote original = original();
        Set<Long> partners = original == null ? Set.of() : original.partnerIds();
        return new EnvironmentNote(original == null ? null : original.id(), factor.get(), area.get(), title.get(),
                body.get(), sourceKind.get(), sourceUrl.get(), observedOn.get(), partners,
                original == null ? null : original.createdAt(), original == null ? null : original.updatedAt(),
                original == null ? 0 : original.version());
    }

    @Override
    protected List<MergeField<EnvironmentNote>> mergeFields() {
        return List.of(
                MergeField.of("factor", factor, EnvironmentNote::factor),
                MergeField.of("area", area, n -> orEmpty(n.area())),
                MergeField.of("title", title, n -> orEmpty(n.title())),
                MergeField.of("body", body, n -> orEmpty(n.body())),
                MergeField.of("sourceKind", sourceKind, EnvironmentNote::sourceKind),
                MergeField.of("observedOn", observedOn, EnvironmentNote::observedOn),
                MergeField.of("sourceUrl", sourceUrl, n -> orEmpty(n.sourceUrl())));
    }

    @Override
    protected void show(EnvironmentNote note) {
        factor.set(note == null ? factorOfNew : note.factor());
        title.set(note == null ? "" : orEmpty(note.title()));
        area.set(note == null ? "" : orEmpty(note.area()));
        body.set(note == null ? "" : orEmpty(note.body()));
        sourceKind.set(note == null ? null : note.sourceKind());
        sourceUrl.set(note == null ? "" : orEmpty(note.sourceUrl()));
        observedOn.set(note == null ? context.today() : note.observedOn());
    }

    public ObjectProperty<EnvironmentFactor> factorProperty() {
        return factor;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty areaProperty() {
        return area;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ObjectProperty<SourceKind> sourceKindProperty() {
        return sourceKind;
    }

    public StringProperty sourceUrlProperty() {
        return sourceUrl;
    }

    public ObjectProperty<LocalDate> observedOnProperty() {
        return observedOn;
    }
}
