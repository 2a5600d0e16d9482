package nl.verbinder.service;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Search over partners through the FTS5 index: accents, case, prefixes, kept in step with every change. */
class PartnerSearchTest {

    @TempDir
    Path folder;

    private TestDatabase db;
    private Services services;
    private Partner dietitian;
    private Partner gp;
    private ContactPerson ayse;

    @BeforeEach
    void open() {
        db = TestDatabase.in(folder);
        services = db.services();
        dietitian = services.partners().create(aPartner().named("Diëtistenpraktijk 't Hart").inCategory(Category.DIETITIAN)
                .inCity("Zeist").tagged("voeding", "overgewicht").withNotes("Werkt samen met de Straßenbahn-groep").build());
        gp = services.partners().create(aPartner().named("Huisartsenpraktijk De Linde").inCity("Utrecht").build());
        ayse = services.contactPersons().add(ContactPerson.newAt(gp.id(), "Ayşe Yılmaz", "praktijkondersteuner", null,
                null, null, null));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> search(String text) {
        return services.partners().list(PartnerQuery.all().withSearch(text)).stream().map(PartnerOverview::name)
                .toList();
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertThat(search("diet")).containsExactly("Diëtistenpraktijk 't Hart");
        assertThat(search("DIËTISTEN")).containsExactly("Diëtistenpraktijk 't Hart");
    }

    @Test
    void theDotlessIOfTurkishNamesIsFoldedToo() {
        assertThat(search("yilmaz")).containsExactly("Huisartsenpraktijk De Linde");
        assertThat(search("Yılmaz")).containsExactly("Huisartsenpraktijk De Linde");
        assertThat(search("ayse")).containsExactly("Huisartsenpraktijk De Linde");
    }

    @Test
    void wordsMatchAsPrefixesAndAllWordsMustMatch() {
        assertThat(search("huis")).containsExactly("Huisartsenpraktijk De Linde");
        assertThat(search("huis lin")).containsExactly("Huisartsenpraktijk De Linde");
        assertThat(search("huis zeist")).isEmpty();
        assertThat(search("artsen")).as("only word starts, not the middle of a word").isEmpty();
    }

    @Test
    void searchesCityTagsNotesAndContactPersons() {
        assertThat(search("zeist")).containsExactly("Diëtistenpraktijk 't Hart");
        assertThat(search("overgew")).containsExactly("Diëtistenpraktijk 't Hart");
        assertThat(search("strassenbahn")).containsExactly("Diëtistenpraktijk 't Hart");
        assertThat(search("praktijkondersteuner")).as("roles are not searched").isEmpty();
        assertThat(search("yil utrecht")).containsExactly("Huisartsenpraktijk De Linde");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\"diet", "diet*", "NEAR(diet hart)", "diet AND OR NOT", "-diet", "diet:",
            "^diet", "(diet", "'t", "{name}: diet", "***", "*", "a\"b\"c", "'", "--"})
    void userInputNeverBreaksTheQuery(String text) {
        assertThat(services.partners().list(PartnerQuery.all().withSearch(text))).isNotNull();
        assertThat(services.partners().count(PartnerQuery.all().withSearch(text))).isNotNegative();
    }

    @Test
    void operatorWordsAreSearchedAsText() {
        assertThat(search("diet AND")).isEmpty();
        assertThat(search("'t hart")).containsExactly("Diëtistenpraktijk 't Hart");
        assertThat(search("   ")).hasSize(2);
    }

    @Test
    void theIndexFollowsEditsOfPartnersTagsAndContactPersons() {
        services.partners().update(services.partners().get(gp.id()).toBuilder().name("Gezondheidscentrum Lunetten")
                .tags(List.of("ouderen")).build());
        services.contactPersons().update(services.contactPersons().get(ayse.id()).withPartnerId(dietitian.id()));

        assertThat(search("huisarts")).isEmpty();
        assertThat(search("lunetten ouderen")).containsExactly("Gezondheidscentrum Lunetten");
        assertThat(search("yilmaz")).containsExactly("Diëtistenpraktijk 't Hart");
    }

    @Test
    void partnersInTheTrashAreNotFoundUntilRestored() {
        services.partners().moveToTrash(gp.id());
        assertThat(search("yilmaz")).isEmpty();

        services.partners().restore(gp.id());
        assertThat(search("yilmaz")).containsExactly("Huisartsenpraktijk De Linde");
    }

    @Test
    void erasingAPersonLeavesNoTraceInTheIndexNorInTheFile() throws Exception {
        services.partners().update(services.partners().get(gp.id()).toBuilder()
                .notes("Afspraken lopen via Ayşe Yılmaz").build());
        assertThat(search("yilmaz")).containsExactly("Huisartsenpraktijk De Linde");

        services.contactPersons().erase(ayse.id());

        assertThat(search("yilmaz")).isEmpty();
        assertThat(search("ayse")).isEmpty();
        assertThat(services.contactPersons().countMentions("Yılmaz")).isZero();
        if (TestDatabase.onPostgres()) {
            // The server's search table holds each partner's words folded; the bytes of its files are ServerEraseTest's.
            try (var c = nl.verbinder.testutil.PlainDatabase.open(folder)) {
                assertThat(nl.verbinder.testutil.PlainSqlite.integer(c, "SELECT count(*) FROM partner_search "
                        + "WHERE document LIKE '%yilmaz%' OR document LIKE '%ayse%'")).isZero();
            }
            return;
        }
        assertThat(db.store().database().read(() -> nl.verbinder.store.sqlite.SqlProbe.count(db.store(),
                "SELECT count(*) FROM partner_search WHERE partner_search MATCH 'yilmaz OR ayse'"))).isZero();
        assertThat(fileContains("Yılmaz")).isFalse();
        assertThat(fileContains("Yilmaz")).as("the folded form the index held").isFalse();
    }

    @Test
    void deletingAPartnerForGoodLeavesNoTraceInTheIndexNorInTheFile() throws Exception {
        services.partners().moveToTrash(gp.id());
        services.partners().deleteForGood(gp.id());

        assertThat(db.store().database().read(() -> nl.verbinder.store.sqlite.SqlProbe.count(db.store(),
                "SELECT count(*) FROM partner_search"))).isEqualTo(1);
        assertThat(fileContains("Yılmaz")).isFalse();
        assertThat(fileContains("Yilmaz")).isFalse();
        assertThat(fileContains("Linde")).isFalse();
    }

    /** Whether the database file or its WAL holds the text (UTF-8), in any case. */
    private boolean fileContains(String text) throws Exception {
        for (Path file : List.of(db.file(), Path.of(db.file() + "-wal"))) {
            if (Files.exists(file)) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).toLowerCase();
                String needle = new String(text.toLowerCase().getBytes(StandardCharsets.UTF_8),
                        StandardCharsets.ISO_8859_1);
                if (bytes.contains(needle)) {
                    return true;
                }
            }
        }
        return false;
    }
}
