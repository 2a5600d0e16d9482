package nl.verbinder.ui.moments;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.Therapist;
import nl.verbinder.ui.common.Changes;
import nl.verbinder.ui.common.CheckOption;
import nl.verbinder.ui.common.FormModel;
import nl.verbinder.ui.common.UiContext;

/** The form behind "Contactmoment bewerken": one moment's fields, checked as the user types. */
public final class MomentEditor extends FormModel<ContactMoment> {

    private final String partnerName;
    private ContactMoment original;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<ContactKind> kind = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty offered = new SimpleStringProperty("");
    private final StringProperty asked = new SimpleStringProperty("");
    private final StringProperty followUp = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> followUpDue = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> followUpDone = new SimpleObjectProperty<>();
    private final ObservableList<CheckOption> therapists = FXCollections.observableArrayList();
    private final ObservableList<CheckOption> contactPersons = FXCollections.observableArrayList();
    private final ObservableList<CheckOption> goals = FXCollections.observableArrayList();

    MomentEditor(UiContext context, ContactMoment moment, String partnerName) {
        super(context, context.services().moments()::check);
        this.original = moment;
        this.partnerName = partnerName;
        fill(() -> show(moment));
    }

    /** Everything the form offers to choose from, loaded in one go. */
    private record Loaded(ContactMoment moment, List<Therapist> therapists, List<ContactPerson> persons,
                          List<SharedGoal> goals) {
    }

    /** Loads the latest version of the moment and the therapists, contact persons and goals to choose from. */
    public void load() {
        long id = original.id();
        long partnerId = original.partnerId();
        context.run(() -> new Loaded(context.services().moments().get(id), context.services().therapists().list(),
                context.services().contactPersons().forPartner(partnerId), context.services().goals().list()),
                loaded -> fill(() -> {
                    original = loaded.moment();
                    show(loaded.moment());
                    Set<Long> chosenTherapists = loaded.moment().therapistIds();
                    therapists.setAll(loaded.therapists().stream()
                            .filter(t -> t.active() || chosenTherapists.contains(t.id()))
                            .map(t -> option(t.id(), t.name(), chosenTherapists)).toList());
                    contactPersons.setAll(loaded.persons().stream()
                            .map(p -> option(p.id(), p.name(), loaded.moment().contactPersonIds())).toList());
                    goals.setAll(loaded.goals().stream()
                            .map(g -> option(g.id(), g.title(), loaded.moment().goalIds())).toList());
                }));
    }

    public void save(Runnable done) {
        if (!readyToSave()) {
            return;
        }
        ContactMoment edited = draft();
        context.run(() -> context.services().moments().update(edited), stored -> {
            original = stored;
            saved();
            context.changes().announce(Changes.Topic.MOMENTS, Changes.Topic.PARTNERS);
            done.run();
        }, refusal -> refused(refusal, this::load));
    }

    @Override
    protected ContactMoment draft() {
        return original.toBuilder()
                .date(date.get())
                .kind(kind.get())
                .summary(summary.get())
                .offered(offered.get())
                .asked(asked.get())
                .followUp(followUp.get())
                .followUpDue(followUpDue.get())
                .followUpDone(followUpDone.get())
                .therapistIds(chosen(therapists, original.therapistIds()))
                .contactPersonIds(chosen(contactPersons, original.contactPersonIds()))
                .goalIds(chosen(goals, original.goalIds()))
                .build();
    }

    public String partnerName() {
        return partnerName;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<ContactKind> kindProperty() {
        return kind;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty offeredProperty() {
        return offered;
    }

    public StringProperty askedProperty() {
        return asked;
    }

    public StringProperty followUpProperty() {
        return followUp;
    }

    public ObjectProperty<LocalDate> followUpDueProperty() {
        return followUpDue;
    }

    public ObjectProperty<LocalDate> followUpDoneProperty() {
        return followUpDone;
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
        date.set(m.date());
        kind.set(m.kind());
        summary.set(text(m.summary()));
        offered.set(text(m.offered()));
        asked.set(text(m.asked()));
        followUp.set(text(m.followUp()));
        followUpDue.set(m.followUpDue());
        followUpDone.set(m.followUpDone());
    }

    private CheckOption option(long id, String label, Set<Long> chosen) {
        CheckOption option = new CheckOption(id, label, chosen.contains(id));
        option.chosenProperty().addListener((obs, was, is) -> edited(listName(option)));
        return option;
    }

    private String listName(CheckOption option) {
        if (therapists.contains(option)) {
            return "therapists";
        }
        return contactPersons.contains(option) ? "contactPersons" : "goals";
    }

    /** The chosen ids; before the lists are loaded, the moment's own. */
    private static Set<Long> chosen(List<CheckOption> options, Set<Long> before) {
        if (options.isEmpty()) {
            return before;
        }
        return options.stream().filter(CheckOption::isChosen).map(CheckOption::id).collect(Collectors.toSet());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
