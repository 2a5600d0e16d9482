package nl.verbinder.ui.partners;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.ConflictException;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.MomentView;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.Texts;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.domain.relationship.RelationshipCheck;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.ConflictMerge;
import nl.verbinder.ui.form.LiveValidation;
import nl.verbinder.ui.form.MergeField;
import nl.verbinder.ui.form.UnsavedChanges;

/**
 * One partner in the detail pane: its fields as editable properties (validated as the user
 * types), its contact persons, its timeline and its shared goals. Saving respects the
 * version that was loaded: when someone else saved in between, the user is asked to reload.
 */
public final class PartnerDetailViewModel {

    /** What the pane shows. */
    public enum Mode { NOTHING, PARTNER, NEW }

    private final UiContext context;
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.NOTHING);
    private final ReadOnlyObjectWrapper<Partner> partner = new ReadOnlyObjectWrapper<>();

    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    final ObjectProperty<PartnerStatus> status = new SimpleObjectProperty<>(PartnerStatus.ACTIVE);
    final ObjectProperty<Therapist> owner = new SimpleObjectProperty<>();
    final StringProperty rhythmDays = new SimpleStringProperty("");
    final ObjectProperty<Integer> trust = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> knownSince = new SimpleObjectProperty<>();
    final StringProperty street = new SimpleStringProperty("");
    final StringProperty postcode = new SimpleStringProperty("");
    final StringProperty city = new SimpleStringProperty("");
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty email = new SimpleStringProperty("");
    final StringProperty website = new SimpleStringProperty("");
    final StringProperty tags = new SimpleStringProperty("");
    final StringProperty notes = new SimpleStringProperty("");
    final StringProperty howWeKnowEachOther = new SimpleStringProperty("");
    final StringProperty whatTheyMeanForUs = new SimpleStringProperty("");
    final StringProperty whatWeMeanForThem = new SimpleStringProperty("");

    private final ObservableList<Therapist> therapists = FXCollections.observableArrayList();
    private final ObservableList<ContactPerson> persons = FXCollections.observableArrayList();
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final ObservableList<SharedGoal> goals = FXCollections.observableArrayList();
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final ObjectProperty<RelationshipCheck> check =
            new SimpleObjectProperty<>();
    private final UnsavedChanges unsaved;
    private final LiveValidation<Partner> validation;
    private boolean filling;
    private long generation;
    private LongConsumer onCreated = id -> { };

    public PartnerDetailViewModel(UiContext context) {
        this.context = context;
        this.unsaved = new UnsavedChanges(context.dialogs());
        this.validation = new LiveValidation<>(context, this::draftOrNull,
                draft -> draft == null ? List.of() : context.services().partners().check(draft));
        watch(name, "name");
        watch(category, "category");
        watch(status, "status");
        watch(owner, "owner");
        watch(trust, "trust");
        watch(street, "street");
        watch(postcode, "postcode");
        watch(city, "city");
        watch(phone, "phone");
        watch(email, "email");
        watch(website, "website");
        watch(tags, "tags");
        watch(notes, "notes");
        watch(howWeKnowEachOther, "howWeKnowEachOther");
        watch(whatTheyMeanForUs, "whatTheyMeanForUs");
        watch(whatWeMeanForThem, "whatWeMeanForThem");
        watch(knownSince, "knownSince");
        rhythmDays.addListener((obs, old, text) -> {
            if (!filling) {
                unsaved.markDirty();
                validation.localError("rhythmDays", rhythmError(text));
            }
        });
    }

    private void watch(Property<?> property, String field) {
        property.addListener((obs, old, value) -> {
            if (!filling) {
                unsaved.markDirty();
                validation.touched(field);
            }
        });
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** The partner as last loaded or saved; {@code null} for a new one. */
    public ReadOnlyObjectProperty<Partner> partnerProperty() {
        return partner.getReadOnlyProperty();
    }

    public UnsavedChanges unsaved() {
        return unsaved;
    }

    public LiveValidation<Partner> validation() {
        return validation;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public ObservableList<Therapist> therapists() {
        return therapists;
    }

    public ObservableList<ContactPerson> persons() {
        return persons;
    }

    /** The partner's contact moments, newest first. */
    public ObservableList<TimelineEntry> timeline() {
        return timeline;
    }

    public ObservableList<SharedGoal> goals() {
        return goals;
    }

    /** Called with the new partner's id after a new partner was saved. */
    public void onCreated(LongConsumer action) {
        this.onCreated = action;
    }

    /** Shows nothing (no partner or several chosen). */
    public void clear() {
        generation++;
        partner.set(null);
        check.set(null);
        fill(null);
        persons.clear();
        timeline.clear();
        goals.clear();
        mode.set(Mode.NOTHING);
    }

    /** Loads a partner with everything the pane shows, in the background. */
    public void load(long id) {
        load(id, false);
    }

    /**
     * Loads the shown partner's contact persons, timeline and goals again after a change
     * elsewhere; its fields too, unless the user is editing them.
     */
    public void refresh() {
        Partner shown = partner.get();
        if (shown != null && mode.get() == Mode.PARTNER) {
            load(shown.id(), unsaved.isDirty());
        }
    }

    private void load(long id, boolean keepEdits) {
        long mine = ++generation;
        var services = context.services();
        LocalDate today = context.today();
        context.run(() -> new Loaded(services.partners().get(id), services.therapists().list(),
                        services.contactPersons().forPartner(id), services.moments().timeline(id),
                        services.goals().forPartner(id), services.relationshipChecks().check(id)),
                loaded -> {
                    if (mine != generation) {
                        return;
                    }
                    if (!keepEdits) {
                        therapists.setAll(loaded.therapists());
                        partner.set(loaded.partner());
                        fill(loaded.partner());
                    }
                    persons.setAll(loaded.persons());
                    timeline.setAll(loaded.timeline().stream().map(m -> TimelineEntry.of(m, context, today)).toList());
                    goals.setAll(loaded.goals());
                    check.set(loaded.check());
                    mode.set(Mode.PARTNER);
                },
                refusal -> {
                    // Gone in the meantime (deleted for good by someone else): show nothing.
                    if (mine == generation) {
                        clear();
                    }
                });
    }

    /** Loads the shown partner again (after a conflict, or a change elsewhere). */
    public void reload() {
        Partner shown = partner.get();
        if (shown != null) {
            load(shown.id());
        }
    }

    /** An empty form for a new partner. */
    public void startNew() {
        generation++;
        partner.set(null);
        persons.clear();
        timeline.clear();
        goals.clear();
        fill(null);
        mode.set(Mode.NEW);
        context.run(() -> context.services().therapists().list(), therapists::setAll);
    }

    /** Saves the form: creates a new partner or updates the shown one. */
    public void save() {
        if (mode.get() == Mode.NOTHING || saving.get()) {
            return;
        }
        if (validation.hasLocalErrors()) {
            validation.showAll();
            return;
        }
        Partner draft = draft();
        boolean isNew = draft.id() == null;
        saving.set(true);
        context.run(() -> isNew ? context.services().partners().create(draft) : context.services().partners().update(draft),
                saved -> {
                    saving.set(false);
                    partner.set(saved);
                    fill(saved);
                    mode.set(Mode.PARTNER);
                    if (isNew) {
                        onCreated.accept(saved.id());
                        context.notifier().notify(context.text("ui.partners.created", saved.name()));
                    } else {
                        context.notifier().notify(context.text("ui.partners.saved", saved.name()));
                    }
                    context.changes().announce(Changes.Topic.PARTNERS);
                },
                refusal -> {
                    saving.set(false);
                    refused(refusal);
                });
    }

    /** Puts back what was loaded, forgetting the edit. */
    public void revert() {
        fill(partner.get());
        if (partner.get() == null && mode.get() == Mode.NEW) {
            mode.set(Mode.NOTHING);
        }
    }

    private void refused(VerbinderException refusal) {
        if (refusal instanceof ValidationException invalid) {
            validation.show(invalid);
        } else if (refusal instanceof ConflictException conflict && partner.get() != null) {
            long id = partner.get().id();
            ConflictMerge.offer(context, conflict, mergeFields(), partner.get(),
                    () -> context.services().partners().get(id), stored -> {
                        partner.set(stored);
                        fill(stored);
                    }, () -> {
                        unsaved.markDirty();
                        save();
                    });
        } else if (refusal instanceof ConflictException conflict) {
            context.offerReload(conflict, this::reload);
        } else {
            context.showFailure(refusal);
        }
    }

    /** The form's fields, for the merge after an edit conflict; each read from a partner as {@link #fill} puts it. */
    private List<MergeField<Partner>> mergeFields() {
        return List.of(
                MergeField.of("name", name, Partner::name),
                MergeField.of("category", category, Partner::category),
                MergeField.of("status", status, Partner::status),
                MergeField.of("owner", "field.owner", owner::get, owner::set,
                        (Partner p) -> p.ownerId() == null ? null
                                : therapists.stream().filter(t -> t.id().equals(p.ownerId())).findFirst().orElse(null),
                        (Therapist t) -> t == null ? "" : t.name()),
                MergeField.of("rhythmDays", rhythmDays, p -> p.rhythmDays() == null ? "" : String.valueOf(p.rhythmDays())),
                MergeField.of("trust", trust, Partner::trust),
                MergeField.of("street", street, p -> text(p.street())),
                MergeField.of("postcode", postcode, p -> text(p.postcode())),
                MergeField.of("city", city, p -> text(p.city())),
                MergeField.of("phone", phone, p -> text(p.phone())),
                MergeField.of("email", email, p -> text(p.email())),
                MergeField.of("website", website, p -> text(p.website())),
                MergeField.of("tags", tags, p -> String.join(", ", p.tags())),
                MergeField.of("notes", notes, p -> text(p.notes())),
                MergeField.of("howWeKnowEachOther", howWeKnowEachOther, p -> text(p.howWeKnowEachOther())),
                MergeField.of("whatTheyMeanForUs", whatTheyMeanForUs, p -> text(p.whatTheyMeanForUs())),
                MergeField.of("whatWeMeanForThem", whatWeMeanForThem, p -> text(p.whatWeMeanForThem())),
                MergeField.of("knownSince", knownSince, Partner::knownSince));
    }

    /** The form as a partner, with the loaded partner's id and version. */
    Partner draft() {
        Partner base = partner.get();
        Partner.Builder builder = base != null ? base.toBuilder() : Partner.builder();
        return builder
                .name(name.get())
                .category(category.get())
                .status(status.get())
                .ownerId(owner.get() == null ? null : owner.get().id())
                .rhythmDays(rhythm(rhythmDays.get()))
                .trust(trust.get())
                .street(street.get())
                .postcode(postcode.get())
                .city(city.get())
                .phone(phone.get())
                .email(email.get())
                .website(website.get())
                .tags(splitTags(tags.get()))
                .notes(notes.get())
                .howWeKnowEachOther(howWeKnowEachOther.get())
                .whatTheyMeanForUs(whatTheyMeanForUs.get())
                .whatWeMeanForThem(whatWeMeanForThem.get())
                .knownSince(knownSince.get())
                .build();
    }

    private Partner draftOrNull() {
        return mode.get() == Mode.NOTHING ? null : draft();
    }

    private void fill(Partner p) {
        filling = true;
        try {
            validation.reset();
            name.set(p == null ? "" : p.name());
            category.set(p == null ? null : p.category());
            status.set(p == null ? PartnerStatus.ACTIVE : p.status());
            owner.set(p == null || p.ownerId() == null ? null
                    : therapists.stream().filter(t -> t.id().equals(p.ownerId())).findFirst().orElse(null));
            rhythmDays.set(p == null || p.rhythmDays() == null ? "" : String.valueOf(p.rhythmDays()));
            trust.set(p == null ? null : p.trust());
            street.set(text(p == null ? null : p.street()));
            postcode.set(text(p == null ? null : p.postcode()));
            city.set(text(p == null ? null : p.city()));
            phone.set(text(p == null ? null : p.phone()));
            email.set(text(p == null ? null : p.email()));
            website.set(text(p == null ? null : p.website()));
            tags.set(p == null ? "" : String.join(", ", p.tags()));
            notes.set(text(p == null ? null : p.notes()));
            howWeKnowEachOther.set(text(p == null ? null : p.howWeKnowEachOther()));
            whatTheyMeanForUs.set(text(p == null ? null : p.whatTheyMeanForUs()));
            whatWeMeanForThem.set(text(p == null ? null : p.whatWeMeanForThem()));
            knownSince.set(p == null ? null : p.knownSince());
            unsaved.markClean();
        } finally {
            filling = false;
        }
    }

    private String rhythmError(String text) {
        String clean = Texts.clean(text);
        if (clean == null || clean.matches("\\d{1,6}")) {
            return null;
        }
        return context.text("error.number", clean);
    }

    private static Integer rhythm(String text) {
        String clean = Texts.clean(text);
        if (clean == null || !clean.matches("\\d{1,6}")) {
            return null;
        }
        return Integer.parseInt(clean);
    }

    static List<String> splitTags(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private record Loaded(Partner partner, List<Therapist> therapists, List<ContactPerson> persons,
                          List<MomentView> timeline, List<SharedGoal> goals,
                          RelationshipCheck check) {
    }

    /** The shown partner's relationship check (empty when it has none), or null while nothing is shown. */
    public ObjectProperty<RelationshipCheck> checkProperty() {
        return check;
    }

    /**
     * The form of the shown partner's relationship check. Saving it may change the partner's
     * trust (and so its version): the partner is loaded again afterwards.
     */
    RelationshipCheckForm checkForm() {
        Partner shown = partner.get();
        var current = check.get() != null ? check.get()
                : RelationshipCheck.empty(shown.id());
        return new RelationshipCheckForm(context, current, saved -> {
            check.set(saved);
            reload();
        });
    }

    /** Erases a contact person (their details replaced, for privacy); {@code done} is told how many records changed. */
    public void erasePerson(long personId, IntConsumer done) {
        context.run(() -> context.services().contactPersons().erase(personId), done::accept);
    }

    /** Merges two contact persons as planned; {@code done} gets the one that stays. */
    public void mergePersons(MergePersonsDialog.Plan plan, Consumer<ContactPerson> done) {
        context.run(() -> context.services().contactPersons().merge(plan.kept(), plan.goneId(), plan.goneVersion()),
                done, refusal -> {
                    if (refusal instanceof ConflictException conflict) {
                        context.offerReload(conflict, this::refresh);
                    } else {
                        context.showFailure(refusal);
                    }
                });
    }

    /** Moves the contact person to the trash (their moments stay); {@code done} gets the trash item, for the undo. */
    public void trashPerson(ContactPerson person, LongConsumer done) {
        context.run(() -> context.services().contactPersons().moveToTrash(person.id()), done::accept);
    }

    /** Puts a contact person back from the trash, with the moments they took part in. */
    public void restorePerson(long trashItem, Runnable done) {
        context.run(() -> context.services().trash().restore(trashItem), restored -> done.run());
    }
}
