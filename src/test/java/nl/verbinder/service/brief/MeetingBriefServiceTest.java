package nl.verbinder.service.brief;

import static nl.verbinder.testutil.ContactMomentBuilder.aMoment;
import static nl.verbinder.testutil.ContactPersonBuilder.aContactPerson;
import static nl.verbinder.testutil.NetworkBuilder.aNetwork;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.SharedGoalBuilder.aGoal;
import static nl.verbinder.testutil.TherapistBuilder.aTherapist;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.attention.AttentionFilter;
import nl.verbinder.domain.brief.BriefSection;
import nl.verbinder.domain.brief.MeetingBrief;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.Services;
import nl.verbinder.testutil.TestDatabase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The meeting brief of a hand-made partner: its content, as text and read back from the PDF. */
class MeetingBriefServiceTest {

    private static final LocalDate TODAY = TestDatabase.TODAY; // 23-11-2026

    @TempDir
    Path folder;

    private TestDatabase db;
    private Services s;
    private long linde;
    private final Messages nl = Messages.forLanguage("nl");

    @BeforeEach
    void deLinde() {
        db = TestDatabase.in(folder);
        s = db.services();
        long eva = s.therapists().add(aTherapist().named("Eva Jansen").build()).id();
        linde = s.partners().create(aPartner().named("Huisartsenpraktijk De Linde").inCategory(Category.GP)
                .inCity("Leiden").withPhone("071-5123456").withRhythm(60).ownedBy(eva)
                .knownThrough("Buren in het gezondheidscentrum").build()).id();
        long anja = s.contactPersons().add(aContactPerson().at(linde).named("Anja Bakker").withRole("POH ouderenzorg")
                .withEmail("anja@hapdelinde.nl").build()).id();
        s.contactPersons().add(aContactPerson().at(linde).named("Dr. Smit").withRole("huisarts").withPhone(null).build());
        long goal = s.goals().create(aGoal().titled("Valpreventie 65+").withStatus(GoalStatus.ACTIVE)
                .withPartners(linde).build()).id();
        s.moments().log(aMoment().with(linde).on(TODAY.minusDays(200)).about("Kennismaking").asking("Verwijzingen")
                .loggedBy(eva).build());
        s.moments().log(aMoment().with(linde).on(TODAY.minusDays(90)).ofKind(ContactKind.PHONE).about("Verwijzingen besproken")
                .asking("Meer verwijzingen").followUp("Folder sturen", TODAY.minusDays(80)).loggedBy(eva).build());
        s.moments().log(aMoment().with(linde).on(TODAY.minusDays(70)).ofKind(ContactKind.IN_PERSON).about("Overleg POH")
                .offering("Valtraining in de wijk").withContactPersons(anja).servingGoals(goal)
                .followUp("Data training afstemmen", TODAY.plusDays(5)).loggedBy(eva).build());
        s.moments().log(aMoment().with(linde).on(TODAY.minusDays(65)).ofKind(ContactKind.EMAIL).about("Mail met rooster")
                .loggedBy(eva).build());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theBriefGathersWhoTheyArePeopleMomentsFollowUpsBalanceGoalsAndRhythm() {
        MeetingBrief brief = s.briefs().brief(linde);

        assertThat(brief.ownerName()).isEqualTo("Eva Jansen");
        assertThat(brief.persons()).extracting(p -> p.name()).containsExactly("Anja Bakker", "Dr. Smit");
        assertThat(brief.lastMoments()).extracting(v -> v.moment().summary())
                .containsExactly("Mail met rooster", "Overleg POH", "Verwijzingen besproken");
        assertThat(brief.openFollowUps()).extracting(v -> v.moment().followUp())
                .containsExactly("Folder sturen", "Data training afstemmen");
        assertThat(brief.moments()).isEqualTo(4);
        assertThat(brief.offered()).isEqualTo(1);
        assertThat(brief.asked()).isEqualTo(2);
        assertThat(brief.goals()).extracting(g -> g.title()).containsExactly("Valpreventie 65+");
        assertThat(brief.rhythmDays()).isEqualTo(60);
        assertThat(brief.lastContact()).isEqualTo(TODAY.minusDays(65));
        assertThat(brief.nextContactDue()).isEqualTo(TODAY.minusDays(5));
        assertThat(brief.attention()).isPresent();
    }

    @Test
    void theAttentionReasonsAreThoseOfTheWholeList() {
        var fromList = s.attention().overview(TODAY, AttentionFilter.all()).items()
                .stream().filter(i -> i.partnerId() == linde).findFirst().orElseThrow();

        assertThat(s.briefs().brief(linde).attention().orElseThrow().reasons()).isEqualTo(fromList.reasons());
    }

    @Test
    void theTextSaysItInTheUsersWords() {
        String text = s.briefs().plainText(s.briefs().brief(linde), nl);

        assertThat(text).contains("Gesprek voorbereiden: Huisartsenpraktijk De Linde (23-11-2026)",
                "Huisarts · Actief · Leiden", "071-5123456", "Relatiebeheerder: Eva Jansen",
                "Hoe we elkaar kennen: Buren in het gezondheidscentrum",
                "Anja Bakker — POH ouderenzorg · anja@hapdelinde.nl", "Dr. Smit — huisarts",
                "14-09-2026 · Persoonlijk · Overleg POH Geboden: Valtraining in de wijk.",
                "wij · te laat sinds 04-09-2026 · Folder sturen", "wij · 28-11-2026 · Data training afstemmen",
                "4 contactmomenten: in 1 boden we iets aan, in 2 vroegen we iets.",
                "We vroegen meer dan we gaven: bied eerst iets aan.", "Valpreventie 65+ — Lopend",
                "Ritme: elke 60 dagen. Laatste contact 19-09-2026; volgend contact uiterlijk 18-11-2026.");
        List<BriefSection> sections = s.briefs().sections(s.briefs().brief(linde), nl);
        assertThat(sections).extracting(BriefSection::heading).containsExactly("Huisartsenpraktijk De Linde",
                "Contactpersonen", "Laatste contactmomenten", "Open vervolgacties", "Geven en vragen",
                "Gemeenschappelijke delers", "Netwerken die we delen", "Ritme en aandacht");
        assertThat(sections.getLast().lines()).anySatisfy(l -> assertThat(l).startsWith("• "));
    }

    @Test
    void theBriefShowsTheNetworksInCommonAndWhoOwesEachFollowUp() {
        long gym = s.partners().create(aPartner().named("Sportschool Fit").inCategory(Category.GYM).build()).id();
        s.practiceNetworks().create(aNetwork().named("Valpreventie Oost")
                .withMember(linde, "verwijzer").withMember(gym, "beweegaanbod").build());
        s.practiceNetworks().create(aNetwork().named("Beweegnetwerk Zuid")
                .withMember(gym, null).build());
        s.moments().log(aMoment().with(linde).on(TODAY.minusDays(3)).about("Terugbelverzoek")
                .followUp("Verwijsformulier sturen", TODAY.plusDays(2)).build().toBuilder().followUpTheirs(true)
                .build());

        MeetingBrief brief = s.briefs().brief(linde);

        assertThat(brief.networks()).extracting(n -> n.name()).containsExactly("Valpreventie Oost");
        assertThat(brief.openFollowUps()).filteredOn(v -> v.moment().followUpTheirs())
                .extracting(v -> v.moment().followUp()).containsExactly("Verwijsformulier sturen");
        String text = s.briefs().plainText(brief, nl);
        assertThat(text).contains("Netwerken die we delen", "Valpreventie Oost — Werven · hun rol: verwijzer",
                "zij · 25-11-2026 · Verwijsformulier sturen", "wij · 28-11-2026 · Data training afstemmen");
        assertThat(s.briefs().plainText(brief, Messages.forLanguage("en")))
                .contains("Networks in common", "they do · 25/11/2026 · Verwijsformulier sturen");
    }

    @Test
    void aPartnerWithoutAnythingYetSaysSo() {
        long nieuw = s.partners().create(aPartner().named("Sportschool Fit").inCategory(Category.GYM).build()).id();

        String text = s.briefs().plainText(s.briefs().brief(nieuw), nl);

        assertThat(text).contains("Nog geen contactpersonen.", "Nog geen contactmomenten.", "Geen open vervolgacties.",
                "Nog niets om te wegen.", "Nog geen gemeenschappelijke delers.", "Geen gezamenlijk netwerk.",
                "Nog nooit contact gehad.");
    }

    @Test
    void thePdfIsOneA4PageThatReadsBackAsTheBrief() throws Exception {
        Path pdf = folder.resolve("brief.pdf");

        s.briefs().writePdf(s.briefs().brief(linde), nl, pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(841.8898f, org.assertj.core.data.Offset.offset(0.1f));
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Gesprek voorbereiden: Huisartsenpraktijk De Linde", "Contactpersonen",
                    "Anja Bakker", "Folder sturen", "Valpreventie 65+", "Ritme: elke 60 dagen", "vertrouwelijk");
        }
    }
}
