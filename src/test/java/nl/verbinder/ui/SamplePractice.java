package nl.verbinder.ui;

import nl.verbinder.app.SqliteWiring;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.TherapistRole;
import nl.verbinder.service.Services;
import nl.verbinder.store.sqlite.SqliteStore;
import nl.verbinder.testutil.TestDatabase;

/**
 * A small practice for UI tests and for looking at the window: therapists, partners with
 * long Dutch names, contact persons, moments and a shared goal. {@link #main} writes one to
 * a file (optionally with thousands of extra partners) for the screenshots command.
 */
public final class SamplePractice {

    public final Therapist anna;
    public final Therapist bram;
    public final Partner linde;
    public final Partner oost;
    public final Partner zwembad;
    public final Partner longName;
    public final ContactPerson marieke;
    public final SharedGoal goal;

    private SamplePractice(Services services) {
        anna = services.therapists().add(Therapist.newTherapist("Anna de Vries", TherapistRole.PRACTICE_OWNER, null));
        bram = services.therapists().add(Therapist.newTherapist("Bram van den Berg", TherapistRole.THERAPIST, null));
        linde = services.partners().create(Partner.builder().name("Huisartsenpraktijk De Linde").category(Category.GP)
                .city("Utrecht").postcode("3511 AB").email("info@delinde.example").phone("030-1234567")
                .ownerId(anna.id()).tags(List.of("diabetes", "ouderen"))
                .howWeKnowEachOther("Via het wijknetwerk Oost; Marieke zat bij de opening van onze praktijk.")
                .whatTheyMeanForUs("Verwijzingen van ouderen met valangst en mensen met diabetes type 2.")
                .whatWeMeanForThem("Snel een afspraak voor hun patiënten; valpreventie in de wijk.")
                .build());
        oost = services.partners().create(Partner.builder().name("Verloskundigenpraktijk Oost").category(Category.MIDWIFE)
                .city("Utrecht").status(PartnerStatus.PROSPECT).ownerId(bram.id()).build());
        zwembad = services.partners().create(Partner.builder().name("Zwembad De Wetering").category(Category.SWIMMING_POOL)
                .city("Zeist").build());
        longName = services.partners().create(Partner.builder()
                .name("Coöperatieve Vereniging Samenwerkende Huisartsen en Gezondheidscentra Utrechtse Heuvelrug en Omstreken")
                .category(Category.GP).city("Driebergen-Rijsenburg").ownerId(anna.id()).build());
        services.partners().create(Partner.builder().name("Diëtistenpraktijk Smaakvol").category(Category.DIETITIAN)
                .city("Utrecht").email("praktijk@smaakvol.example").build());
        services.partners().create(Partner.builder().name("Sportvereniging 't Hoogland").category(Category.SPORTS_CLUB)
                .city("Amersfoort").status(PartnerStatus.DORMANT).build());
        services.partners().create(Partner.builder().name("Gemeente Utrecht, afdeling Volksgezondheid")
                .category(Category.MUNICIPALITY).city("Utrecht").ownerId(anna.id()).build());
        marieke = services.contactPersons().add(ContactPerson.newAt(linde.id(), "Marieke Jansen", "praktijkondersteuner",
                "m.jansen@delinde.example", "06-12345678", null, null));
        services.contactPersons().add(ContactPerson.newAt(linde.id(), "Dr. Pieter de Boer", "huisarts", null, null, null,
                null));
        goal = services.goals().create(SharedGoal.newGoal("Valpreventie voor ouderen in Oost", null, null, null, null,
                GoalStatus.ACTIVE, null, Set.of(linde.id())));
        LocalDate today = LocalDate.now(services.clock());
        services.moments().log(ContactMoment.builder().partnerId(linde.id()).date(today.minusDays(40))
                .kind(ContactKind.IN_PERSON).summary("Kennismaking met Marieke en dr. De Boer over valpreventie.")
                .offered("Een training valpreventie in de wijk.").asked("Verwijzingen van ouderen met valangst.")
                .followUp("Flyer sturen").followUpDue(today.minusDays(20)).loggedBy(anna.id())
                .therapistIds(Set.of(anna.id())).contactPersonIds(Set.of(marieke.id())).goalIds(Set.of(goal.id()))
                .build());
        services.moments().log(ContactMoment.builder().partnerId(linde.id()).date(today.minusDays(7))
                .kind(ContactKind.PHONE).summary("Gebeld over de eerste verwijzingen; loopt goed.").loggedBy(bram.id())
                .therapistIds(Set.of(bram.id())).build());
    }

    /** Fills the database behind these services. */
    public static SamplePractice in(Services services) {
        return new SamplePractice(services);
    }

    /** Adds this many partners with varied names, categories, cities and a contact person each. */
    public static void addMany(Services services, int count) {
        Random random = new Random(42);
        String[] kinds = {"Huisartsenpraktijk", "Fysiotherapie", "Sportvereniging", "Basisschool", "Diëtistenpraktijk",
            "Verloskundigenpraktijk", "Thuiszorg", "Welzijn", "Zwembad", "Sportschool"};
        String[] names = {"De Linde", "'t Hart", "Oost", "De Brug", "Het Anker", "Zonnehof", "De Wetering",
            "Kanaleneiland", "Overvecht", "Leidsche Rijn", "Vleuten-De Meern", "IJsselstein", "Maarssenbroek"};
        String[] cities = {"Utrecht", "Zeist", "Amersfoort", "Nieuwegein", "Houten", "Driebergen-Rijsenburg",
            "Bunnik", "De Bilt", "Maarssen", "Woerden"};
        Category[] categories = Category.values();
        for (int i = 0; i < count; i++) {
            Partner p = services.partners().create(Partner.builder()
                    .name(kinds[random.nextInt(kinds.length)] + " " + names[random.nextInt(names.length)] + " " + (i + 1))
                    .category(categories[random.nextInt(categories.length)])
                    .city(cities[random.nextInt(cities.length)])
                    .tags(List.of("regio-" + random.nextInt(5)))
                    .build());
            services.contactPersons().add(ContactPerson.newAt(p.id(), "Contact " + (i + 1), null, null, null, null, null));
            if (i % 3 == 0) {
                services.moments().log(ContactMoment.builder().partnerId(p.id())
                        .date(LocalDate.now(services.clock()).minusDays(random.nextInt(400)))
                        .kind(ContactKind.PHONE).summary("Gebeld").build());
            }
        }
    }

    /** {@code SamplePractice FILE [extra partners]}: writes a sample practice to a database file. */
    public static void main(String[] args) {
        Clock clock = TestDatabase.fixedClock(TestDatabase.TODAY);
        try (SqliteStore store = SqliteStore.open(Path.of(args[0]), clock)) {
            Services services = SqliteWiring.services(store, clock);
            in(services);
            if (args.length > 1) {
                addMany(services, Integer.parseInt(args[1]));
            }
        }
    }
}
