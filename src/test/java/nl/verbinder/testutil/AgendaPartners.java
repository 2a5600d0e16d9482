package nl.verbinder.testutil;

import static nl.verbinder.testutil.ContactPersonBuilder.aContactPerson;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;

import java.nio.file.Path;
import java.net.URISyntaxException;
import nl.verbinder.domain.Category;
import nl.verbinder.service.Services;

/**
 * The partners the fixture agendas in {@code src/test/resources/agenda} meet: a GP practice, the
 * municipality, a midwife practice, a dietitian (whose contact person mails from gmail.com), a
 * sports club and a swimming pool.
 */
public record AgendaPartners(long deLinde, long anja, long gemeente, long pieter, long zwangerEnZo, long marloes,
                             long smaakvol, long jose, long vvNoordwijk, long wetering) {

    public static AgendaPartners in(Services services) {
        long deLinde = partner(services, aPartner().named("Huisartsenpraktijk De Linde").inCategory(Category.GP)
                .withWebsite("https://www.hapdelinde.nl").withEmail("info@hapdelinde.nl"));
        long anja = person(services, deLinde, "Anja Bakker", "POH ouderenzorg", "anja.bakker@hapdelinde.nl");
        long gemeente = partner(services, aPartner().named("Gemeente Leiden").inCategory(Category.MUNICIPALITY)
                .withWebsite("https://www.leiden.nl/gezondheid"));
        long pieter = person(services, gemeente, "Pieter van Dam", "Beleidsadviseur gezondheid", "p.vandam@leiden.nl");
        long zwanger = partner(services, aPartner().named("Zwanger & Zo").inCategory(Category.MIDWIFE)
                .withEmail("info@zwangerenzo.nl"));
        long marloes = person(services, zwanger, "Marloes de Groot", "Verloskundige", "marloes@zwangerenzo.nl");
        long smaakvol = partner(services, aPartner().named("Diëtistenpraktijk Smaakvol").inCategory(Category.DIETITIAN)
                .withWebsite("smaakvol-dietisten.nl"));
        long jose = person(services, smaakvol, "José Martínez", "Diëtist", "jose.martinez@gmail.com");
        long vv = partner(services, aPartner().named("VV Noordwijk").inCategory(Category.SPORTS_CLUB));
        long wetering = partner(services, aPartner().named("Zwembad De Wetering").inCategory(Category.SWIMMING_POOL));
        return new AgendaPartners(deLinde, anja, gemeente, pieter, zwanger, marloes, smaakvol, jose, vv, wetering);
    }

    /** A fixture agenda by its file name ({@code outlook-agenda.ics}, ...). */
    public static Path file(String name) {
        try {
            return Path.of(AgendaPartners.class.getResource("/agenda/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long partner(Services services, PartnerBuilder builder) {
        return services.partners().create(builder.build()).id();
    }

    private static long person(Services services, long partner, String name, String role, String email) {
        return services.contactPersons().add(aContactPerson().at(partner).named(name).withRole(role).withEmail(email)
                .withPhone(null).build()).id();
    }
}
