package nl.verbinder.store.postgres;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.app.SqliteWiring;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.service.Services;
import nl.verbinder.store.sqlite.SqliteStore;
import nl.verbinder.testutil.PostgresServer;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The same partners on both stores give the same answer to the same searches: FTS5 on SQLite,
 * the trigram-indexed word list on PostgreSQL (accents, case, the dotless ı and ß, prefixes,
 * contact persons, tags, several words, punctuation).
 */
class SearchParityTest {

    private static final List<String> QUERIES = List.of("diet", "DIËTISTEN", "yilmaz", "Yılmaz", "ayse", "huis",
            "huis lin", "huis zeist", "artsen", "voeding", "overge", "strassen", "straßenbahn", "zeist", "utr",
            "'t hart", "t", "de", "van der", "o'brien", "brien", "sport club", "sport-club", "12", "\"", "*", "%", "_",
            "NEAR", "AND", "a-b", "  ");

    @TempDir
    Path folder;

    @Test
    void everySearchFindsTheSamePartnersOnBothStores() {
        Clock clock = TestDatabase.fixedClock(TestDatabase.TODAY);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(PostgresServer.get().freshDatabase());
        try (SqliteStore sqlite = SqliteStore.open(folder.resolve("verbinder.db"), clock);
             PostgresStore postgres = PostgresStore.open(dataSource, "postgresql://test/search")) {
            Services onFile = SqliteWiring.services(sqlite, clock);
            Services onServer = Services.over(postgres, clock);
            fill(onFile);
            fill(onServer);
            List<String> differences = new ArrayList<>();
            for (String query : QUERIES) {
                List<String> file = search(onFile, query);
                List<String> server = search(onServer, query);
                if (!file.equals(server)) {
                    differences.add(query + ": SQLite " + file + ", PostgreSQL " + server);
                }
            }
            assertThat(differences).isEmpty();
            assertThat(search(onServer, "yilmaz")).containsExactly("Huisartsenpraktijk De Linde");
        }
    }

    private static void fill(Services services) {
        services.partners().create(aPartner().named("Diëtistenpraktijk 't Hart").inCategory(Category.DIETITIAN)
                .inCity("Zeist").tagged("voeding", "overgewicht").withNotes("Werkt samen met de Straßenbahn-groep").build());
        Partner gp = services.partners().create(aPartner().named("Huisartsenpraktijk De Linde").inCity("Utrecht").build());
        services.contactPersons().add(ContactPerson.newAt(gp.id(), "Ayşe Yılmaz", "praktijkondersteuner", null, null,
                null, null));
        Partner club = services.partners().create(aPartner().named("Sport-Club 12 Van der Berg").inCity("Utrecht")
                .tagged("a-b", "50%_korting").build());
        services.contactPersons().add(ContactPerson.newAt(club.id(), "Seán O'Brien", null, null, null, null, null));
        services.partners().create(aPartner().named("Zwembad \"De Wetering\" AND NEAR").inCity("Zeist").build());
    }

    private static List<String> search(Services services, String text) {
        return services.partners().list(PartnerQuery.all().withSearch(text)).stream().map(PartnerOverview::name).toList();
    }
}
