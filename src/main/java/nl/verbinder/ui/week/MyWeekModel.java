package nl.verbinder.ui.week;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.week.MyFollowUp;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.moments.MomentForm;

/**
 * "Mijn week": the open follow-ups of the therapist this computer knows as "me" (the same
 * choice as Aandacht's "Mijn relaties"), overdue or due within seven days. One keystroke marks
 * one done; the moment form logs the contact that closes one.
 */
public final class MyWeekModel {

    private final UiContext context;
    private final ObservableList<MyFollowUp> followUps = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper dueNow = new ReadOnlyIntegerWrapper();
    private Runnable onLoaded = () -> { };

    public MyWeekModel(UiContext context) {
        this.context = context;
    }

    /** Who "me" is on this computer, if chosen. */
    public Optional<Long> me() {
        return context.settings().me();
    }

    /** Whether the reminder also shows as a desktop notification (off until chosen). */
    public boolean desktopReminder() {
        return context.settings().desktopReminder();
    }

    /** Turns the desktop notification on or off, remembered on this computer. */
    public void desktopReminder(boolean on) {
        context.settings().desktopReminder(on);
        context.settings().save();
    }

    /** Loads my follow-ups in the background. */
    public void load() {
        Optional<Long> me = me();
        if (me.isEmpty()) {
            followUps.clear();
            count.set(0);
            status.set(context.text("week.ui.who"));
            return;
        }
        long therapist = me.get();
        context.run(() -> context.services().myWeek().myWeek(therapist), this::show);
    }

    private void show(List<MyFollowUp> mine) {
        followUps.setAll(mine);
        count.set(mine.size());
        dueNow.set((int) mine.stream().filter(f -> f.due() != null && !f.due().isAfter(context.today())).count());
        long overdue = mine.stream().filter(f -> f.overdue(context.today())).count();
        status.set(mine.isEmpty() ? context.text("week.ui.none") : context.text("week.ui.status", mine.size(), overdue));
        onLoaded.run();
    }

    /** Runs after every load of my follow-ups (the reminder looks then). */
    public void onLoaded(Runnable action) {
        this.onLoaded = action;
    }

    /** How many of my follow-ups are due today or overdue (the reminder's count). */
    public ReadOnlyIntegerProperty dueNowProperty() {
        return dueNow.getReadOnlyProperty();
    }

    /** Today, as the services count it. */
    public LocalDate today() {
        return context.today();
    }

    /** Marks the follow-up done today. */
    public void markDone(MyFollowUp followUp) {
        context.run(() -> context.services().myWeek().markDone(followUp), done -> {
            context.changes().announce(Changes.Topic.MOMENTS, Changes.Topic.PARTNERS);
            context.notifier().notify(context.text("week.ui.done", followUp.followUp()));
            load();
        });
    }

    /** The moment form for the contact that closes this follow-up; saving logs it and marks the follow-up done. */
    public MomentForm formFor(MyFollowUp followUp) {
        ContactMoment draft = ContactMoment.builder().partnerId(followUp.partnerId()).date(context.today())
                .kind(ContactKind.PHONE).summary(context.text("week.ui.closing-summary", followUp.followUp()))
                .loggedBy(me().orElse(null)).therapistIds(me().map(Set::of).orElse(Set.of()))
                .build();
        return MomentForm.forDraft(context, draft, moment -> context.services().myWeek().logClosing(followUp, moment));
    }

    /** The closing moment was logged: the list is reloaded. */
    public void closed() {
        load();
    }

    public ObservableList<MyFollowUp> followUps() {
        return followUps;
    }

    /** How many follow-ups are mine this week (the sidebar's count). */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** A follow-up as the list shows it. */
    public String describe(MyFollowUp f) {
        String due = f.overdue(context.today()) ? context.text("brief.follow-up.overdue", context.date(f.due()))
                : context.date(f.due());
        return due + " · " + f.partnerName() + " · " + f.followUp();
    }
}
