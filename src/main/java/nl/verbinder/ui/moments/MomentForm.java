package nl.verbinder.ui.moments;

import static nl.verbinder.domain.MomentField.CONTACT_PERSONS;
import static nl.verbinder.domain.MomentField.GOALS;
import static nl.verbinder.domain.MomentField.THERAPISTS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.MomentField;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.Therapist;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.CheckOption;
import nl.verbinder.ui.form.FormModel;
import nl.verbinder.ui.form.MergeField;
import nl.verbinder.ui.form.PartnerSearchField.Choice;
import nl.verbinder.ui.form.PartnerSearchField;

/**
 * The one form for a contact moment, new or stored: the partner (chosen by type-ahead when
 * new), the date, the kind, what was said, offered and asked, the follow-up, who took part
 * and the shared goals it served. Checked as the user types; saved in the background.
 */
public final class MomentForm extends FormModel<ContactMoment> {

    private ContactMoment original;
    private final Long partnerToStart;
    private final ObjectProperty<Choice> partner = new SimpleObjectProperty<>();
    private final MomentContent content = new MomentContent(ContactKind.IN_PERSON);
    private final StringProperty followUp = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> followUpDue = new SimpleObjectProperty<>();
    private final BooleanProperty followUpTheirs = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> followUpDone = new SimpleObjectProperty<>();
    private final ObjectProperty<Therapist> loggedBy = new SimpleObjectProperty<>();
    private final ObservableList<Therapist> loggers = FXCollections.observableArrayList();
    private final ObservableList<CheckOption> therapists = FXCollections.observableArrayList();
    private final ObservableList<CheckOption> contactPersons = FXCollections.observableArrayList();
    private final ObservableList<CheckOption> goals = FXCollections.observableArrayList();
    private ContactMoment stored;
    /** How a new moment is stored: logged plainly, or (from the agenda) logged and the meeting remembered. */
    private UnaryOperator<ContactMoment> logger;
    /** While the loaded partner is put in, its lists come with it: no second load. */
    private boolean starting;

    private MomentForm(UiContext context, ContactMoment original, Choice partner, Long partnerToStart) {
        super(context, context.services().moments()::check);
        this.original = original;
        this.partnerToStart = partnerToStart;
        this.logger = this::logOrKeep;
        fill(() -> {
            this.partner.set(partner);
            show(original);
        });
        this.partner.addListener((obs, old, chosen) -> partnerChosen(chosen));
        loggedBy.addListener((obs, old, therapist) -> tickLogger(old, therapist));
    }

    /**
     * Logs a new moment; when the practice server cannot be reached it waits in the outbox and
     * the draft (without an id) comes back: see {@link #stored()}.
     */
    private ContactMoment logOrKeep(ContactMoment draft) {
        var logged = context.services().logMoment(draft);
        return logged.isWaiting() ? draft : logged.stored();
    }

    /** A new moment, for this partner or (null) one still to choose; {@link #load()} fills in the rest. */
    public static MomentForm forNew(UiContext context, Long partnerId) {
        ContactMoment blank = ContactMoment.builder().date(context.today()).kind(ContactKind.IN_PERSON).build();
        return new MomentForm(context, blank, null, partnerId);
    }

    /**
     * A new moment made from a draft (a meeting from the agenda: partner, date, kind, title and
     * contact persons filled in), stored through {@code log} (which applies the normal rules).
     */
    public static MomentForm forDraft(UiContext context, ContactMoment draft, UnaryOperator<ContactMoment> log) {
        MomentForm form = new MomentForm(context, draft, null, draft.partnerId());
        form.logger = log;
        return form;
    }

    /** A stored moment, to change. */
    public static MomentForm forEdit(UiContext context, ContactMoment moment, String partnerName) {
        return new MomentForm(context, moment, new Choice(moment.partnerId(), partnerName, ""), null);
    }

    /** Whether the form was opened for a partner already known (the focus can skip the partner). */
    public boolean startsWithPartner() {
        return partnerToStart != null;
    }

    @Override
    public boolean isNew() {
        return original.id() == null;
    }

    /** Everything the form offers to choose from, loaded in one go. */
    private record Loaded(ContactMoment moment, Choice partner, List<Therapist> therapists,
                          List<ContactPerson> persons, List<SharedGoal> goals) {
    }

    /** Loads the therapists, the partner's contact persons and goals, and (when editing) the moment as stored now. */
    public void load() {
        Long partnerId = isNew() ? partnerToStart : Long.valueOf(original.partnerId());
        Long id = original.id();
        context.run(() -> new Loaded(
                        id == null ? original : context.services().moments().get(id),
                        partnerId == null || !isNew() ? partner.get() : context.services().partners().overviews(Set.of(partnerId)).stream()
                                .findFirst().map(o -> PartnerSearchField.choice(context, o)).orElse(null),
                        isNew() ? context.services().therapists().active() : context.services().therapists().list(),
                        partnerId == null ? List.of() : context.services().contactPersons().forPartner(partnerId),
                        isNew() ? (partnerId == null ? List.of() : context.services().goals().forPartner(partnerId))
                                : context.services().goals().list()),
                this::showLoaded);
    }

    @Override
    protected void reload() {
        load();
    }

    private void showLoaded(Loaded loaded) {
        fill(() -> {
            original = loaded.moment();
            show(loaded.moment());
            loggers.setAll(loaded.therapists());
            Set<Long> took = loaded.moment().therapistIds();
            therapists.setAll(loaded.therapists().stream()
                    .filter(t -> t.active() || took.contains(t.id()))
                    .map(t -> option(t.id(), t.name(), took, THERAPISTS)).toList());
            showPartnerLists(loaded.persons(), loaded.goals());
            if (isNew()) {
                Long remembered = context.settings().loggedBy().orElse(null);
                loaded.therapists().stream().filter(t -> t.id().equals(remembered)).findFirst()
                        .ifPresent(loggedBy::set);
                starting = true;
                try {
                    partner.set(loaded.partner());
                } finally {
                    starting = false;
                }
                showPartnerLists(loaded.persons(), loaded.goals());
            }
        });
    }

    /** Stores the moment; {@code done} runs once it is stored (see {@link #stored()}). */
    public void save(Runnable done) {
        boolean creating = isNew();
        if (creating && partner.get() == null) {
            localError(MomentField.PARTNER, context.text("ui.log.partner.required"));
        }
        saveWith(logger, context.services().moments()::update, moment -> {
            original = moment;
            stored = moment;
            if (creating) {
                context.settings().loggedBy(loggedBy.get() == null ? null : loggedBy.get().id());
            }
            context.changes().announce(Changes.Topic.MOMENTS, Changes.Topic.PARTNERS);
            done.run();
        });
    }

    /**
     * The moment as stored by the last save, or {@code null}; one without an id waits in the
     * outbox (the practice server could not be reached).
     */
    public ContactMoment stored() {
        return stored;
    }

    /** Fills in the texts, as a user would type them (for the screenshots). */
    public void fillIn(ContactKind newKind, String newSummary, String newOffered, String newAsked, String newFollowUp,
                       LocalDate due) {
        content.kindProperty().set(newKind);
        content.summaryProperty().set(newSummary);
        content.offeredProperty().set(newOffered);
        content.askedProperty().set(newAsked);
        followUp.set(newFollowUp);
        followUpDue.set(due);
        if (loggedBy.get() == null) {
            loggers.stream().findFirst().ifPresent(loggedBy::set);
        }
        contactPersons.stream().findFirst().ifPresent(p -> p.chosenProperty().set(true));
        goals.stream().findFirst().ifPresent(g -> g.chosenProperty().set(true));
    }

    @Override
    protected ContactMoment draft() {
        return content.into(original.toBuilder())
                .partnerId(partner.get() == null ? 0 : partner.get().id())
                .followUp(followUp.get())
                .followUpDue(followUpDue.get())
                .followUpDone(followUpDone.get())
                .followUpTheirs(followUpTheirs.get())
                .loggedBy(isNew() ? (loggedBy.get() == null ? null : loggedBy.get().id()) : original.loggedBy())
                .therapistIds(chosen(therapists, original.therapistIds()))
                .contactPersonIds(chosen(contactPersons, original.contactPersonIds()))
                .goalIds(chosen(goals, original.goalIds()))
                .build();
    }

    public ObjectProperty<Choice> partnerProperty() {
        return partner;
    }

    public String partnerName() {
        return partner.get() == null ? "" : partner.get().name();
    }

    /** The date, kind, and what was said, offered and asked. */
    public MomentContent content() {
        return content;
    }

    public StringProperty followUpProperty() {
        return followUp;
    }

    /** Whether the partner does the follow-up (rather than we). */
    public BooleanProperty followUpTheirsProperty() {
        return followUpTheirs;
    }

    public ObjectProperty<LocalDate> followUpDueProperty() {
        return followUpDue;
    }

    public ObjectProperty<LocalDate> followUpDoneProperty() {
        return followUpDone;
    }

    public ObjectProperty<Therapist> loggedByProperty() {
        return loggedBy;
    }

    /** The therapists who may log a moment. */
    public ObservableList<Therapist> loggers() {
        return loggers;
    }

    public ObservableList<CheckOption> therapists() {
        return therapists;
    }

    public ObservableList<CheckOption> contactPersons() {
        return contactPersons;
    }

    public ObservableList<CheckOption> goals() {
        return goals;
    }

    private void show(ContactMoment m) {
        content.show(m);
        followUp.set(orEmpty(m.followUp()));
        followUpDue.set(m.followUpDue());
        followUpDone.set(m.followUpDone());
        followUpTheirs.set(m.followUpTheirs());
    }

    /** A partner was chosen (or the choice cleared): who can have taken part and which goals, are the partner's. */
    private void partnerChosen(Choice chosen) {
        edited(MomentField.PARTNER);
        localError(MomentField.PARTNER, null);
        if (!isNew() || starting) {
            return;
        }
        showPartnerLists(List.of(), List.of());
        if (chosen == null) {
            return;
        }
        long id = chosen.id();
        context.run(() -> new Loaded(null, chosen, List.of(), context.services().contactPersons().forPartner(id),
                        context.services().goals().forPartner(id)),
                loaded -> {
                    if (partner.get() != null && partner.get().id() == id) {
                        showPartnerLists(loaded.persons(), loaded.goals());
                    }
                });
    }

    /** A contact person was added from the dialog: listed and ticked, for they took part. */
    public void personAdded(ContactPerson person) {
        contactPersons.add(option(person.id(), person.name(), Set.of(person.id()), CONTACT_PERSONS));
        edited(CONTACT_PERSONS);
        context.changes().announce(Changes.Topic.CONTACT_PERSONS);
    }

    private void showPartnerLists(List<ContactPerson> persons, List<SharedGoal> partnerGoals) {
        contactPersons.setAll(persons.stream()
                .map(p -> option(p.id(), p.name(), original.contactPersonIds(), CONTACT_PERSONS)).toList());
        goals.setAll(partnerGoals.stream()
                .map(g -> option(g.id(), g.title(), original.goalIds(), GOALS)).toList());
    }

    /** The therapist who logs took part: ticked when chosen, and a change of logger moves the tick along. */
    private void tickLogger(Therapist old, Therapist now) {
        boolean noneTicked = therapists.stream().noneMatch(CheckOption::isChosen);
        boolean oldTicked = old != null && therapists.stream().anyMatch(o -> o.id() == old.id() && o.isChosen());
        if (now == null || !(old == null ? noneTicked : oldTicked)) {
            return;
        }
        for (CheckOption option : therapists) {
            if (old != null && option.id() == old.id()) {
                option.chosenProperty().set(false);
            }
            if (option.id() == now.id()) {
                option.chosenProperty().set(true);
            }
        }
    }

    private CheckOption option(long id, String label, Set<Long> chosen, String field) {
        CheckOption option = new CheckOption(id, label, chosen.contains(id));
        option.chosenProperty().addListener((obs, was, is) -> edited(field));
        return option;
    }

    @Override
    protected List<MergeField<ContactMoment>> mergeFields() {
        List<MergeField<ContactMoment>> fields = new ArrayList<>(content.mergeFields());
        fields.addAll(List.of(
                MergeField.of(MomentField.FOLLOW_UP, "field.followUp", followUp, m -> orEmpty(m.followUp())),
                MergeField.of(MomentField.FOLLOW_UP_DUE, "field.followUpDue", followUpDue, ContactMoment::followUpDue),
                MergeField.of(MomentField.FOLLOW_UP_DONE, "field.followUpDone", followUpDone, ContactMoment::followUpDone),
                checks(THERAPISTS, "field.therapists", therapists, ContactMoment::therapistIds),
                checks(CONTACT_PERSONS, "field.contactPersons", contactPersons, ContactMoment::contactPersonIds),
                checks(GOALS, "field.goals", goals, ContactMoment::goalIds)));
        return fields;
    }

    /** A check list as one merge field: the chosen ids, shown as their names. */
    private MergeField<ContactMoment> checks(String name, String label, ObservableList<CheckOption> options,
                                             Function<ContactMoment, Set<Long>> stored) {
        return MergeField.of(name, label, () -> chosen(options, Set.of()), (Set<Long> ids) -> choose(options, ids),
                stored, (Set<Long> ids) -> options.stream().filter(o -> ids.contains(o.id())).map(CheckOption::label)
                        .collect(Collectors.joining(", ")));
    }

    private static void choose(List<CheckOption> options, Set<Long> ids) {
        options.forEach(o -> o.chosenProperty().set(ids.contains(o.id())));
    }

    @Override
    protected ContactMoment latest() {
        return context.services().moments().get(original.id());
    }

    @Override
    protected void showStored(ContactMoment stored) {
        original = stored;
        show(stored);
        choose(therapists, stored.therapistIds());
        choose(contactPersons, stored.contactPersonIds());
        choose(goals, stored.goalIds());
    }

    @Override
    protected ContactMoment base() {
        return original;
    }

    /** The chosen ids; before the lists are loaded, the moment's own. */
    private static Set<Long> chosen(List<CheckOption> options, Set<Long> before) {
        if (options.isEmpty()) {
            return before;
        }
        return options.stream().filter(CheckOption::isChosen).map(CheckOption::id).collect(Collectors.toSet());
    }
}
