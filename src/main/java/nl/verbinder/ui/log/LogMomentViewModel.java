package nl.verbinder.ui.log;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.ui.common.Debouncer;
import nl.verbinder.ui.common.LiveValidation;
import nl.verbinder.ui.common.UiContext;

/**
 * Logging a contact moment: the partner found by type-ahead, today's date, the kind, who took
 * part, what was said, offered and asked, the shared goals it served and a follow-up. Checked
 * as the user types; saved in the background.
 */
public final class LogMomentViewModel {

    static final int SUGGESTIONS = 8;

    private final UiContext context;
    final StringProperty partnerText = new SimpleStringProperty("");
    final ObjectProperty<PartnerOverview> partner = new SimpleObjectProperty<>();
    final ObservableList<PartnerOverview> suggestions = FXCollections.observableArrayList();
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    final ObjectProperty<ContactKind> kind = new SimpleObjectProperty<>(ContactKind.IN_PERSON);
    final ObjectProperty<Therapist> loggedBy = new SimpleObjectProperty<>();
    final ObservableList<Therapist> therapists = FXCollections.observableArrayList();
    final ObservableList<ContactPerson> persons = FXCollections.observableArrayList();
    final ObservableList<SharedGoal> goals = FXCollections.observableArrayList();
    final ObservableSet<Long> tookPart = FXCollections.observableSet();
    final ObservableSet<Long> personsTookPart = FXCollections.observableSet();
    final ObservableSet<Long> goalsServed = FXCollections.observableSet();
    final StringProperty summary = new SimpleStringProperty("");
    final StringProperty offered = new SimpleStringProperty("");
    final StringProperty asked = new SimpleStringProperty("");
    final StringProperty followUp = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> followUpDue = new SimpleObjectProperty<>();
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final LiveValidation<ContactMoment> validation;
    private final Debouncer typing;
    private boolean choosing;
    private long searches;

    public LogMomentViewModel(UiContext context) {
        this.context = context;
        this.date.set(context.today());
        this.validation = new LiveValidation<>(context, this::draft, draft -> context.services().moments().check(draft));
        this.typing = new Debouncer(context.typingPause(), this::searchPartners);
        partnerText.addListener((obs, old, text) -> {
            if (choosing) {
                return;
            }
            if (partner.get() != null && !partner.get().name().equals(text)) {
                partner.set(null);
            }
            typing.trigger();
        });
        partner.addListener((obs, old, chosen) -> partnerChosen(chosen));
        watch(date, "date");
        watch(kind, "kind");
        watch(summary, "summary");
        watch(offered, "offered");
        watch(asked, "asked");
        watch(followUp, "followUp");
        watch(followUpDue, "followUpDue");
        loggedBy.addListener((obs, old, therapist) -> {
            if (therapist != null && (old == null ? tookPart.isEmpty() : tookPart.contains(old.id()))) {
                if (old != null) {
                    tookPart.remove(old.id());
                }
                tookPart.add(therapist.id());
            }
        });
        tookPart.addListener((SetChangeListener<Long>) c -> validation.touched("therapists"));
    }

    private void watch(Property<?> property, String field) {
        property.addListener((obs, old, value) -> validation.touched(field));
    }

    /** Loads the therapists, and the partner when the dialog was opened from one. */
    public void start(Long partnerId) {
        Long remembered = context.settings().loggedBy().orElse(null);
        context.run(() -> new Start(context.services().therapists().active(),
                        partnerId == null ? null : context.services().partners().overviews(Set.of(partnerId)).stream()
                                .findFirst().orElse(null)),
                start -> {
                    therapists.setAll(start.therapists());
                    start.therapists().stream().filter(t -> t.id().equals(remembered)).findFirst()
                            .ifPresent(loggedBy::set);
                    if (start.partner() != null) {
                        choose(start.partner());
                    }
                });
    }

    public LiveValidation<ContactMoment> validation() {
        return validation;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    /** Takes this partner (from the suggestions). */
    public void choose(PartnerOverview overview) {
        choosing = true;
        try {
            partnerText.set(overview.name());
            partner.set(overview);
            suggestions.clear();
        } finally {
            choosing = false;
        }
    }

    /** The date text the user typed that is not a date, or null. */
    public void dateText(String field, String invalid) {
        validation.localError(field, invalid == null ? null : context.text("error.date", invalid));
    }

    /** Logs the moment; {@code onSaved} gets it once stored. */
    public void save(Consumer<ContactMoment> onSaved) {
        if (saving.get()) {
            return;
        }
        if (partner.get() == null) {
            validation.localError("partner", context.text("ui.log.partner.required"));
        }
        if (validation.hasLocalErrors()) {
            validation.showAll();
            return;
        }
        ContactMoment draft = draft();
        saving.set(true);
        context.run(() -> context.services().moments().log(draft), saved -> {
            saving.set(false);
            context.settings().loggedBy(loggedBy.get() == null ? null : loggedBy.get().id());
            onSaved.accept(saved);
        }, refusal -> {
            saving.set(false);
            if (refusal instanceof ValidationException invalid) {
                validation.show(invalid);
            } else {
                context.showFailure(refusal);
            }
        });
    }

    /** Fills in the texts, as a user would type them (for the screenshots). */
    public void fillIn(ContactKind newKind, String newSummary, String newOffered, String newAsked, String newFollowUp,
                       LocalDate due) {
        kind.set(newKind);
        summary.set(newSummary);
        offered.set(newOffered);
        asked.set(newAsked);
        followUp.set(newFollowUp);
        followUpDue.set(due);
        if (loggedBy.get() == null) {
            therapists.stream().findFirst().ifPresent(loggedBy::set);
        }
        persons.stream().findFirst().ifPresent(p -> personsTookPart.add(p.id()));
        goals.stream().findFirst().ifPresent(g -> goalsServed.add(g.id()));
    }

    ContactMoment draft() {
        return ContactMoment.builder()
                .partnerId(partner.get() == null ? 0 : partner.get().id())
                .date(date.get())
                .kind(kind.get())
                .summary(summary.get())
                .offered(offered.get())
                .asked(asked.get())
                .followUp(followUp.get())
                .followUpDue(followUpDue.get())
                .loggedBy(loggedBy.get() == null ? null : loggedBy.get().id())
                .therapistIds(Set.copyOf(tookPart))
                .contactPersonIds(Set.copyOf(personsTookPart))
                .goalIds(Set.copyOf(goalsServed))
                .build();
    }

    private void searchPartners() {
        String text = partnerText.get();
        long mine = ++searches;
        if (text == null || text.isBlank()) {
            suggestions.clear();
            return;
        }
        PartnerQuery query = PartnerQuery.all().withSearch(text).withPage(SUGGESTIONS, 0);
        context.run(() -> context.services().partners().list(query), found -> {
            if (mine == searches && partner.get() == null) {
                suggestions.setAll(found);
            }
        });
    }

    private void partnerChosen(PartnerOverview chosen) {
        personsTookPart.clear();
        goalsServed.clear();
        persons.clear();
        goals.clear();
        validation.localError("partner", null);
        if (chosen == null) {
            return;
        }
        long id = chosen.id();
        context.run(() -> new PartnerDetails(context.services().contactPersons().forPartner(id),
                        context.services().goals().forPartner(id)),
                details -> {
                    if (partner.get() != null && partner.get().id() == id) {
                        persons.setAll(details.persons());
                        goals.setAll(details.goals());
                    }
                });
    }

    private record Start(List<Therapist> therapists, PartnerOverview partner) {
    }

    private record PartnerDetails(List<ContactPerson> persons, List<SharedGoal> goals) {
    }
}
