package nl.verbinder.testutil;

import java.time.LocalDate;
import java.util.Set;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;

/**
 * Readable test contact moments: {@code aMoment().with(partner.id()).on(date).about("Kennismaking").build()}.
 * By default a phone call a week before {@link TestDatabase#TODAY}.
 */
public final class ContactMomentBuilder {

    private final ContactMoment.Builder builder = ContactMoment.builder()
            .date(TestDatabase.TODAY.minusDays(7))
            .kind(ContactKind.PHONE)
            .summary("Kennismaking: wie zijn we, wat doen we");

    private ContactMomentBuilder() {
    }

    public static ContactMomentBuilder aMoment() {
        return new ContactMomentBuilder();
    }

    public ContactMomentBuilder with(long partnerId) {
        builder.partnerId(partnerId);
        return this;
    }

    public ContactMomentBuilder on(LocalDate date) {
        builder.date(date);
        return this;
    }

    public ContactMomentBuilder ofKind(ContactKind kind) {
        builder.kind(kind);
        return this;
    }

    public ContactMomentBuilder about(String summary) {
        builder.summary(summary);
        return this;
    }

    public ContactMomentBuilder offering(String offered) {
        builder.offered(offered);
        return this;
    }

    public ContactMomentBuilder asking(String asked) {
        builder.asked(asked);
        return this;
    }

    public ContactMomentBuilder followUp(String what, LocalDate due) {
        builder.followUp(what).followUpDue(due);
        return this;
    }

    public ContactMomentBuilder dueOn(LocalDate due) {
        builder.followUpDue(due);
        return this;
    }

    public ContactMomentBuilder loggedBy(Long therapistId) {
        builder.loggedBy(therapistId);
        return this;
    }

    public ContactMomentBuilder withTherapists(Long... therapistIds) {
        builder.therapistIds(Set.of(therapistIds));
        return this;
    }

    public ContactMomentBuilder withContactPersons(Long... personIds) {
        builder.contactPersonIds(Set.of(personIds));
        return this;
    }

    public ContactMomentBuilder servingGoals(Long... goalIds) {
        builder.goalIds(Set.of(goalIds));
        return this;
    }

    public ContactMoment build() {
        return builder.build();
    }
}
