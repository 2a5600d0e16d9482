package nl.verbinder.ui.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.history.ChangeQuery;
import nl.verbinder.domain.history.RecordKind;
import nl.verbinder.service.HistoryLine;
import nl.verbinder.service.HistoryService;
import nl.verbinder.ui.area.UiContext;

/**
 * The practice's Recente wijzigingen: what the team changed, newest first, filtered by who,
 * what kind of record and period. Every change of a filter loads again.
 */
public final class RecentChangesViewModel {

    /** How far back the list goes. */
    public enum Period {
        WEEK(7), MONTH(31), QUARTER(92), YEAR(366), ALL(0);

        private final int days;

        Period(int days) {
            this.days = days;
        }

        /** The first day of the period, ending today; null for all. */
        LocalDate from(LocalDate today) {
            return days == 0 ? null : today.minusDays(days - 1L);
        }

        public String labelKey() {
            return "history.ui.period." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** A choice of who: anyone (no id, not unknown), one therapist, or nobody chosen ("Onbekend"). */
    public record Who(Long therapistId, boolean unknown, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A choice of what kind of record; null kind is every kind. */
    public record Kind(RecordKind kind, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final UiContext context;
    private final ObservableList<HistoryLine> lines = FXCollections.observableArrayList();
    private final ObservableList<Who> whoChoices = FXCollections.observableArrayList();
    private final ObservableList<Kind> kindChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Who> who = new SimpleObjectProperty<>();
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(Period.WEEK);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private long generation;

    public RecentChangesViewModel(UiContext context) {
        this.context = context;
        Who anyone = new Who(null, false, context.text("history.ui.who.anyone"));
        whoChoices.add(anyone);
        who.set(anyone);
        Kind every = new Kind(null, context.text("history.ui.kind.every"));
        kindChoices.add(every);
        for (RecordKind k : RecordKind.values()) {
            if (k != RecordKind.HISTORY) {
                kindChoices.add(new Kind(k, context.text(k.labelKey())));
            }
        }
        kind.set(every);
        who.addListener((obs, old, now) -> load());
        kind.addListener((obs, old, now) -> load());
        period.addListener((obs, old, now) -> load());
    }

    public ObservableList<HistoryLine> lines() {
        return lines;
    }

    public ObservableList<Who> whoChoices() {
        return whoChoices;
    }

    public ObservableList<Kind> kindChoices() {
        return kindChoices;
    }

    public ObjectProperty<Who> whoProperty() {
        return who;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Loads the therapists to choose from, then the list. */
    public void start() {
        context.run(() -> context.services().therapists().list(), therapists -> {
            List<Who> choices = new ArrayList<>();
            choices.add(whoChoices.getFirst());
            for (Therapist t : therapists) {
                choices.add(new Who(t.id(), false, t.name()));
            }
            choices.add(new Who(null, true, context.text("history.who.unknown")));
            whoChoices.setAll(choices);
            who.set(choices.getFirst());
            load();
        });
    }

    /** Loads the list for the chosen filters; a later call wins over an earlier one. */
    public void load() {
        long mine = ++generation;
        Who chosenWho = who.get();
        Kind chosenKind = kind.get();
        Period chosenPeriod = period.get() == null ? Period.WEEK : period.get();
        var messages = context.messages();
        LocalDate today = context.today();
        context.run(() -> {
            HistoryService history = context.services().history();
            ChangeQuery query = ChangeQuery.all().limit(HistoryService.LIMIT)
                    .from(history.startOf(chosenPeriod.from(today)));
            if (chosenWho != null && chosenWho.therapistId() != null) {
                query = query.by(chosenWho.therapistId());
            } else if (chosenWho != null && chosenWho.unknown()) {
                query = query.byNobody();
            }
            if (chosenKind != null && chosenKind.kind() != null) {
                query = query.of(chosenKind.kind());
            }
            return history.readable(history.changes(query), messages);
        }, found -> {
            if (mine == generation) {
                lines.setAll(found);
                loaded.set(true);
            }
        });
    }
}
