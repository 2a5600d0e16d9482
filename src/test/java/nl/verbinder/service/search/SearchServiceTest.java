package nl.verbinder.service.search;

import static nl.verbinder.testutil.ContactMomentBuilder.aMoment;
import static nl.verbinder.testutil.ContactPersonBuilder.aContactPerson;
import static nl.verbinder.testutil.EnvironmentNoteBuilder.aNote;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.SharedGoalBuilder.aGoal;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.search.SearchHit;
import nl.verbinder.domain.search.SearchKind;
import nl.verbinder.domain.search.SearchRef;
import nl.verbinder.service.Services;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Search everything" over a small practice, on SQLite and (in the contract run) on PostgreSQL. */
class SearchServiceTest {

    @TempDir
    Path folder;

    private TestDatabase db;
    private Services s;
    private long linde;
    private long wetering;
    private long agreed;

    @BeforeEach
    void open() {
        db = TestDatabase.in(folder);
        s = db.services();
        linde = s.partners().create(aPartner().named("Huisartsenpraktijk De Linde").inCategory(Category.GP).build()).id();
        wetering = s.partners().create(aPartner().named("Zwembad De Wetering").inCategory(Category.SWIMMING_POOL)
                .build()).id();
        s.contactPersons().add(aContactPerson().at(linde).named("Sanne Bakker").withRole("praktijkondersteuner")
                .build());
        agreed = s.moments().log(aMoment().with(linde).on(TestDatabase.TODAY.minusDays(12)).about("Overleg POH")
                .offering("Beweegprogramma voor mensen met COPD").asking("Verwijzingen na de longarts")
                .build()).id();
        s.moments().log(aMoment().with(wetering).on(TestDatabase.TODAY.minusDays(3)).about("Proefles aquasport")
                .build());
        s.goals().create(aGoal().titled("Samen bewegen met COPD").whatIsGoingOn("Veel inactieve longpatiënten")
                .withPartners(linde).build());
        s.environment().create(aNote().titled("Vergrijzing in de wijk").saying("Het aandeel 75-plussers groeit; veel COPD")
                .build());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void findsEveryKindThatHoldsAllTheWordsAnywhereInItsText() {
        List<SearchHit> hits = s.search().everything("copd");

        assertThat(hits).extracting(SearchHit::kind)
                .containsExactly(SearchKind.MOMENT, SearchKind.GOAL, SearchKind.NOTE);
        SearchHit moment = hits.getFirst();
        assertThat(moment.id()).isEqualTo(agreed);
        assertThat(moment.partnerId()).isEqualTo(linde);
        assertThat(moment.title()).isEqualTo("Huisartsenpraktijk De Linde");
        assertThat(moment.date()).isEqualTo(TestDatabase.TODAY.minusDays(12));
    }

    @Test
    void everyWordMustBeFoundAndPartsOfWordsCount() {
        assertThat(s.search().everything("COPD longarts")).extracting(SearchHit::kind)
                .containsExactly(SearchKind.MOMENT);
        assertThat(s.search().everything("praktijkonder")).extracting(SearchHit::kind, SearchHit::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SearchKind.CONTACT_PERSON, "Sanne Bakker"));
        assertThat(s.search().everything("wetering")).extracting(SearchHit::kind)
                .containsExactly(SearchKind.PARTNER);
        assertThat(s.search().everything("copd zwemmen")).isEmpty();
    }

    @Test
    void accentsAndCaseAreIgnoredOnBothSides() {
        long cafe = s.partners().create(aPartner().named("Café Öztürk").inCategory(Category.OTHER).build()).id();

        assertThat(s.search().everything("longpatienten")).extracting(SearchHit::kind)
                .containsExactly(SearchKind.GOAL);
        assertThat(s.search().everything("LONGPATIËNTEN")).extracting(SearchHit::kind)
                .containsExactly(SearchKind.GOAL);
        assertThat(s.search().everything("cafe ozturk")).extracting(SearchHit::id).containsExactly(cafe);
        assertThat(s.search().everything("wéterïng")).extracting(SearchHit::id).containsExactly(wetering);
    }

    @Test
    void recentItemsComeBackInTheOrderOpenedWithoutWhatIsGoneOrInTheTrash() {
        long goal = s.search().everything("samen bewegen").getFirst().id();
        long note = s.search().everything("vergrijzing").getFirst().id();

        List<SearchHit> recent = s.search().recent(List.of(new SearchRef(SearchKind.NOTE, note),
                new SearchRef(SearchKind.PARTNER, wetering), new SearchRef(SearchKind.GOAL, goal),
                new SearchRef(SearchKind.PARTNER, linde), new SearchRef(SearchKind.PARTNER, 99_999)));

        assertThat(recent).extracting(SearchHit::kind, SearchHit::id).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SearchKind.NOTE, note),
                org.assertj.core.groups.Tuple.tuple(SearchKind.PARTNER, wetering),
                org.assertj.core.groups.Tuple.tuple(SearchKind.GOAL, goal),
                org.assertj.core.groups.Tuple.tuple(SearchKind.PARTNER, linde));
        assertThat(recent.get(1).title()).isEqualTo("Zwembad De Wetering");

        s.partners().moveToTrash(wetering);
        assertThat(s.search().recent(List.of(new SearchRef(SearchKind.PARTNER, wetering),
                new SearchRef(SearchKind.PARTNER, linde)))).extracting(SearchHit::id).containsExactly(linde);
        assertThat(s.search().recent(List.of())).isEmpty();
    }

    @Test
    void aRecentItemIsWrittenAndReadAsACode() {
        assertThat(new SearchRef(SearchKind.GOAL, 12).code()).isEqualTo("goal:12");
        assertThat(SearchRef.parse("goal:12")).contains(new SearchRef(SearchKind.GOAL, 12));
        assertThat(SearchRef.parse("contact-person:3")).contains(new SearchRef(SearchKind.CONTACT_PERSON, 3));
        assertThat(SearchRef.parse("goal:x")).isEmpty();
        assertThat(SearchRef.parse("planet:1")).isEmpty();
        assertThat(SearchRef.parse("12")).isEmpty();
    }

    @Test
    void likeCharactersAreTakenLiterallyAndTooLittleTextFindsNothing() {
        assertThat(s.search().everything("%")).isEmpty();
        assertThat(s.search().everything("_e")).isEmpty();
        assertThat(s.search().everything("  ")).isEmpty();
        assertThat(s.search().everything("75-plussers")).extracting(SearchHit::kind).containsExactly(SearchKind.NOTE);
    }

    @Test
    void whatIsInTheTrashIsNotFound() {
        s.moments().moveToTrash(agreed);
        s.partners().moveToTrash(wetering);

        assertThat(s.search().everything("longarts")).isEmpty();
        assertThat(s.search().everything("aquasport")).isEmpty();
        assertThat(s.search().everything("wetering")).isEmpty();
    }

    @Test
    void theSnippetShowsTheWordsInTheirPlace() {
        SearchHit hit = new SearchHit(SearchKind.MOMENT, 1, 1L, "x",
                "Een lang gesprek over van alles en nog wat, de zomer, de vakanties, en pas aan het eind "
                        + "spraken we af dat de POH patiënten met COPD naar het beweegprogramma verwijst.", null);

        String snippet = hit.snippet(List.of("copd"), 60);

        assertThat(snippet).contains("COPD").startsWith("…");
        assertThat(snippet.length()).isLessThanOrEqualTo(62);
        assertThat(hit.snippet(List.of("patienten"), 60)).as("found without its accent").contains("patiënten");
    }
}
