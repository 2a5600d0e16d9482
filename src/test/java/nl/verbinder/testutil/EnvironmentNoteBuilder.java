package nl.verbinder.testutil;

import java.time.LocalDate;
import java.util.Set;
import nl.verbinder.domain.EnvironmentFactor;
import nl.verbinder.domain.EnvironmentNote;
import nl.verbinder.domain.SourceKind;

/** Readable test environment notes: {@code aNote().about(POPULATION).titled("Vergrijzing").build()}. */
public final class EnvironmentNoteBuilder {

    private EnvironmentFactor factor = EnvironmentFactor.POPULATION;
    private String area = "Utrecht-Oost";
    private String title = "Veel 75-plussers in de wijk";
    private String body;
    private SourceKind sourceKind = SourceKind.CBS_IN_UW_BUURT;
    private String sourceUrl;
    private LocalDate observedOn = TestDatabase.TODAY.minusMonths(1);
    private Set<Long> partnerIds = Set.of();

    private EnvironmentNoteBuilder() {
    }

    public static EnvironmentNoteBuilder aNote() {
        return new EnvironmentNoteBuilder();
    }

    public EnvironmentNoteBuilder about(EnvironmentFactor factor) {
        this.factor = factor;
        return this;
    }

    public EnvironmentNoteBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public EnvironmentNoteBuilder saying(String body) {
        this.body = body;
        return this;
    }

    public EnvironmentNoteBuilder from(SourceKind kind, String url) {
        this.sourceKind = kind;
        this.sourceUrl = url;
        return this;
    }

    public EnvironmentNoteBuilder observedOn(LocalDate date) {
        this.observedOn = date;
        return this;
    }

    public EnvironmentNoteBuilder linkedTo(Long... partnerIds) {
        this.partnerIds = Set.of(partnerIds);
        return this;
    }

    public EnvironmentNote build() {
        return EnvironmentNote.newNote(factor, area, title, body, sourceKind, sourceUrl, observedOn, partnerIds);
    }
}
