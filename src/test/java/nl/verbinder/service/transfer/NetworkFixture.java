package nl.verbinder.service.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.EnvironmentFactor;
import nl.verbinder.domain.EnvironmentNote;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.PracticeProfile;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.SourceKind;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.TherapistRole;
import nl.verbinder.service.Services;

/**
 * A small practice network with a bit of everything (accents, 't Hart, Yılmaz, quotes, line
 * breaks, a formula-like name, every table filled), built through the services.
 */
public final class NetworkFixture {

    public final Therapist owner;
    public final Partner thart;
    public final Partner yilmaz;
    public final Partner hercules;
    public final Partner formula;
    public final ContactPerson anna;
    public final ContactPerson mehmet;
    public final ContactMoment withFollowUp;
    public final ContactMoment followUpWithoutDue;

    public NetworkFixture(Services s) {
        PracticeProfile profile = s.practice().get();
        s.practice().save(new PracticeProfile("Fysiotherapie De Brug", "Brugstraat 1", "3511 XY", "Utrecht",
                "Kinderfysiotherapie", "Sport, ouderen", "Korte lijnen", "65+, kinderen", profile.updatedAt(),
                profile.version()));
        owner = s.therapists().add(Therapist.newTherapist("Joëlle de Wit", TherapistRole.PRACTICE_OWNER, "Sport"));
        thart = s.partners().create(Partner.builder().name("Diëtistenpraktijk 't Hart").category(Category.DIETITIAN)
                .street("Oudegracht 12").postcode("3511ab").city("Utrecht").phone("030-1234567")
                .email("info@thart.example").website("www.thart.example").rhythmDays(60).trust(4)
                .ownerId(owner.id()).tags(List.of("voeding", "overgewicht"))
                .howWeKnowEachOther("Via de wijk").notes("Samenwerking rond \"Gezond gewicht\";\nsinds 2024")
                .build());
        yilmaz = s.partners().create(Partner.builder().name("Huisartsenpraktijk Yılmaz").category(Category.GP)
                .street("Lange Nieuwstraat 3").postcode("3512 PH").city("Utrecht").phone("+31 30 765 4321")
                .email("praktijk@yilmaz.example").status(PartnerStatus.ACTIVE).build());
        hercules = s.partners().create(Partner.builder().name("Sportvereniging Hercules, Utrecht")
                .category(Category.SPORTS_CLUB).status(PartnerStatus.PROSPECT).city("Utrecht").build());
        formula = s.partners().create(Partner.builder().name("=HYPERLINK(\"http://evil.example\")")
                .category(Category.OTHER).notes("@SUM(1+1)").build());
        anna = s.contactPersons().add(ContactPerson.newAt(thart.id(), "Anna 't Hart", "Diëtist",
                "anna@thart.example", "06-12345678", "https://www.linkedin.com/in/annathart", "Ziet ook kinderen"));
        mehmet = s.contactPersons().add(ContactPerson.newAt(yilmaz.id(), "Mehmet Yılmaz", "Huisarts",
                "m.yilmaz@yilmaz.example", "030-7654321", null, null));
        SharedGoal goal = s.goals().create(SharedGoal.newGoal("Valpreventie 65+", "Veel valincidenten",
                "Zelfstandig blijven", "Cursus samen", "Minder vallen", GoalStatus.ACTIVE, LocalDate.of(2027, 6, 1),
                Set.of(thart.id(), yilmaz.id())));
        withFollowUp = s.moments().log(ContactMoment.builder().partnerId(yilmaz.id()).date(LocalDate.of(2026, 11, 2))
                .kind(ContactKind.IN_PERSON).summary("Kennismaking; \"warme\" overdracht besproken")
                .offered("Workshop valpreventie").asked("Verwijzingen").followUp("Folder sturen")
                .followUpDue(LocalDate.of(2026, 12, 1)).loggedBy(owner.id()).therapistIds(Set.of(owner.id()))
                .contactPersonIds(Set.of(mehmet.id())).goalIds(Set.of(goal.id())).build());
        followUpWithoutDue = s.moments().log(ContactMoment.builder().partnerId(thart.id())
                .date(LocalDate.of(2026, 10, 15)).kind(ContactKind.PHONE).summary("Afstemming menu's")
                .followUp("Terugbellen").build());
        s.moments().log(ContactMoment.builder().partnerId(hercules.id()).date(LocalDate.of(2026, 1, 10))
                .kind(ContactKind.EVENT).summary("Nieuwjaarsborrel").build());
        s.environment().create(EnvironmentNote.newNote(EnvironmentFactor.POPULATION, "Utrecht Oost",
                "Vergrijzing", "Aandeel 65+ stijgt", SourceKind.CBS_IN_UW_BUURT, "https://www.cbsinuwbuurt.nl",
                LocalDate.of(2026, 3, 1), Set.of(yilmaz.id())));
        s.partners().moveToTrash(formula.id());
        s.partners().restore(formula.id());
    }
}
