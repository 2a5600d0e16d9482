package nl.verbinder.service;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.TestDatabase.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.TherapistRole;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.domain.attention.AttentionFilter;
import nl.verbinder.domain.attention.AttentionItem;
import nl.verbinder.domain.attention.AttentionOverview;
import nl.verbinder.domain.attention.HintCode;
import nl.verbinder.domain.attention.PracticeHint;
import nl.verbinder.domain.attention.Reason;
import nl.verbinder.domain.attention.ReasonCode;
import nl.verbinder.i18n.Messages;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The attention list over a real database: the store's facts, snoozes, settings, the partner list's filters. */
class AttentionServiceTest {

    @TempDir
    Path folder;

    private TestDatabase db;
    private Services services;

    @BeforeEach
    void open() {
        db = TestDatabase.in(folder);
        services = db.services();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Partner partner(String name, Category category) {
        return services.partners().create(aPartner().named(name).inCategory(category).build());
    }

    private ContactMoment log(Partner partner, LocalDate date) {
        return log(ContactMoment.builder().partnerId(partner.id()).date(date).kind(ContactKind.PHONE)
                .summary("Even gebeld"));
    }

    private ContactMoment log(ContactMoment.Builder moment) {
        return services.moments().log(moment.build());
    }

    private AttentionOverview asOf(LocalDate day) {
        return services.attention().overview(day, AttentionFilter.all());
    }

    private static AttentionItem item(AttentionOverview overview, Partner partner) {
        return overview.items().stream().filter(i -> i.partnerId() == partner.id()).findFirst().orElse(null);
    }

    @Test
    void overdueSentenceNamesTheNumbersInDutchAndEnglish() {
        Partner gp = partner("Huisartsenpraktijk De Linde", Category.GP);
        log(gp, TODAY.minusDays(10));

        AttentionItem item = item(asOf(TODAY.minusDays(10).plusDays(143)), gp);

        Reason overdue = item.reasons().getFirst();
        assertThat(overdue.code()).isEqualTo(ReasonCode.OVERDUE);
        assertThat(AttentionTexts.sentence(Messages.dutch(), overdue))
                .isEqualTo("laatste contact 143 dagen geleden, ritme 90 dagen");
        assertThat(AttentionTexts.sentence(Messages.english(), overdue))
                .isEqualTo("last contact 143 days ago, rhythm 90 days");
        assertThat(item.lastContact()).isEqualTo(TODAY.minusDays(10));
        assertThat(item.daysSinceContact()).isEqualTo(143);
    }

    @Test
    void exactlyOnTheRhythmDayIsNotOverdueOneDayLaterItIs() {
        Partner gp = partner("Huisartsenpraktijk De Linde", Category.GP);
        log(gp, TODAY.minusDays(1));

        assertThat(item(asOf(TODAY.minusDays(1).plusDays(90)), gp)).isNull();
        assertThat(item(asOf(TODAY.minusDays(1).plusDays(91)), gp).codes()).containsExactly(ReasonCode.OVERDUE);
    }

    @Test
    void partnersInTheTrashNeverAppear() {
        Partner gp = partner("Huisartsenpraktijk De Linde", Category.GP);
        log(gp, TODAY.minusDays(200));
        assertThat(item(asOf(TODAY), gp)).isNotNull();

        services.partners().moveToTrash(gp.id());

        assertThat(asOf(TODAY).items()).isEmpty();
    }

    @Test
    void theLastContactIsTheNewestMomentAndAPartnerAddedLaterIsNotThereYet() {
        Partner gp = partner("Huisartsenpraktijk De Linde", Category.GP);
        Partner later = partner("Huisartsenpraktijk De Beek", Category.GP);
        log(gp, TODAY.minusDays(200));
        log(gp, TODAY.minusDays(95));
        log(gp, TODAY.minusDays(150));

        assertThat(item(asOf(TODAY), gp).lastContact()).isEqualTo(TODAY.minusDays(95));
        assertThat(asOf(TODAY.minusDays(1)).items()).extracting(AttentionItem::partnerId)
                .as("De Beek was added today; De Linde exists from its first moment, 200 days ago")
                .containsExactly(gp.id());
        assertThat(asOf(TODAY.minusDays(201)).items()).as("before the first moment").isEmpty();
    }

    @Test
    void neverContactedTwoWeeksAfterBeingAdded() {
        Partner school = partner("Basisschool De Regenboog", Category.SCHOOL);

        assertThat(item(asOf(TODAY.plusDays(14)), school)).isNull();
        AttentionItem item = item(asOf(TODAY.plusDays(15)), school);
        assertThat(item.codes()).containsExactly(ReasonCode.NEVER_CONTACTED);
        assertThat(AttentionTexts.sentence(Messages.dutch(), item.reasons().getFirst()))
                .isEqualTo("nog geen contactmoment, toegevoegd 15 dagen geleden");
    }

    @Test
    void onlyAskingUntilWeOfferSomething() {
        Partner gym = partner("Sportschool Fit", Category.GYM);
        for (int i = 3; i >= 1; i--) {
            log(ContactMoment.builder().partnerId(gym.id()).date(TODAY.minusDays(i)).kind(ContactKind.EMAIL)
                    .summary("Verwijzingen").asked("Wilt u patiënten doorverwijzen?"));
        }
        log(ContactMoment.builder().partnerId(gym.id()).date(TODAY).kind(ContactKind.EMAIL).summary("Gewoon contact"));
        AttentionItem item = item(asOf(TODAY), gym);
        assertThat(item.codes()).containsExactly(ReasonCode.ONLY_ASKING);
        assertThat(AttentionTexts.sentence(Messages.english(), item.reasons().getFirst()))
                .isEqualTo("the last 3 times we only asked for something. Give first, then ask.");

        log(ContactMoment.builder().partnerId(gym.id()).date(TODAY).kind(ContactKind.IN_PERSON)
                .summary("Workshop").offered("Gratis workshop blessurepreventie"));

        assertThat(item(asOf(TODAY), gym)).isNull();
    }

    @Test
    void followUpOverdueAfterItsDueDateUntilItIsDone() {
        Partner midwife = partner("Verloskundigenpraktijk Zuid", Category.MIDWIFE);
        ContactMoment moment = log(ContactMoment.builder().partnerId(midwife.id()).date(TODAY).kind(ContactKind.PHONE)
                .summary("Overleg").followUp("Offerte sturen").followUpDue(TODAY.plusDays(5)));

        assertThat(item(asOf(TODAY.plusDays(5)), midwife)).isNull();
        AttentionItem late = item(asOf(TODAY.plusDays(8)), midwife);
        assertThat(late.codes()).containsExactly(ReasonCode.FOLLOW_UP_OVERDUE);
        assertThat(AttentionTexts.sentence(Messages.dutch(), late.reasons().getFirst()))
                .isEqualTo("vervolgactie 'Offerte sturen' moest uiterlijk 28-11-2026 gebeuren, 3 dagen te laat");

        services.moments().markFollowUpDone(moment.id(), moment.version());

        assertThat(item(asOf(TODAY.plusDays(8)), midwife)).isNull();
    }

    @Test
    void goalStalledWhenNoMomentWithThisPartnerServedItForNinetyDays() {
        Partner club = partner("Voetbalvereniging SV Eemnes", Category.SPORTS_CLUB);
        SharedGoal goal = services.goals().create(SharedGoal.newGoal("Blessurevrij sporten", null, null, null, null,
                GoalStatus.AGREED, null, Set.of(club.id())));
        log(ContactMoment.builder().partnerId(club.id()).date(TODAY).kind(ContactKind.IN_PERSON).summary("Overleg")
                .goalIds(Set.of(goal.id())));
        services.partners().update(services.partners().get(club.id()).toBuilder().rhythmDays(365).build());

        assertThat(item(asOf(TODAY.plusDays(90)), club)).isNull();
        AttentionItem item = item(asOf(TODAY.plusDays(91)), club);
        assertThat(item.codes()).containsExactly(ReasonCode.GOAL_STALLED);
        assertThat(AttentionTexts.sentence(Messages.dutch(), item.reasons().getFirst()))
                .isEqualTo("gemeenschappelijke deler 'Blessurevrij sporten' al 91 dagen zonder contactmoment");
    }

    @Test
    void decliningCountsTheMomentsOfBothHalfYears() {
        Partner welfare = partner("Buurtteam Oost", Category.WELFARE);
        for (int i = 0; i < 4; i++) {
            log(welfare, TODAY.minusMonths(7).plusDays(i * 7L));
        }
        log(welfare, TODAY.minusDays(3));

        AttentionItem item = item(asOf(TODAY), welfare);

        assertThat(item.codes()).containsExactly(ReasonCode.DECLINING);
        assertThat(AttentionTexts.sentence(Messages.dutch(), item.reasons().getFirst()))
                .isEqualTo("1 contactmoment in het laatste halfjaar, tegenover 4 in het halfjaar daarvoor");
    }

    @Test
    void snoozedItemStaysAwayUntilItsDateAndComesBackTheDayAfter() {
        Partner gp = partner("Huisartsenpraktijk De Linde", Category.GP);
        log(gp, TODAY.minusDays(100));
        services.attention().snooze(gp.id(), TODAY.plusDays(10), "Na de vakantie", TODAY);

        assertThat(item(asOf(TODAY.plusDays(10)), gp)).isNull();
        assertThat(asOf(TODAY.plusDays(10)).snoozed()).extracting(AttentionItem::partnerId).containsExactly(gp.id());
        AttentionItem back = item(asOf(TODAY.plusDays(11)), gp);
        assertThat(back).isNotNull();
        assertThat(back.snooze().note()).isEqualTo("Na de vakantie");
    }

    @Test
    void snoozedItemComesBackAtOnceWhenANewReasonAppears() {
        Partner club = partner("Hockeyclub Rivierenwijk", Category.GP);
        services.goals().create(SharedGoal.newGoal("Ouderen in beweging", null, null, null, null, GoalStatus.ACTIVE,
                null, Set.of(club.id())));
        log(club, TODAY.minusDays(10));
        LocalDate snoozedOn = TODAY.plusDays(85);
        assertThat(item(asOf(snoozedOn), club).codes()).containsExactly(ReasonCode.OVERDUE);
        services.attention().snooze(club.id(), TODAY.plusDays(200), null, snoozedOn);

        assertThat(item(asOf(TODAY.plusDays(90)), club)).as("only the reason it was snoozed for").isNull();
        AttentionItem back = item(asOf(TODAY.plusDays(91)), club);
        assertThat(back.codes()).containsExactlyInAnyOrder(ReasonCode.OVERDUE, ReasonCode.GOAL_STALLED);
    }

    @Test
    void unsnoozeBringsTheItemBackNow() {
        Partner gp = partner("Huisartsenpraktijk De Linde", Category.GP);
        log(gp, TODAY.minusDays(100));
        services.attention().snooze(gp.id(), TODAY.plusDays(10), null, TODAY);

        services.attention().unsnooze(gp.id());

        assertThat(item(asOf(TODAY), gp)).isNotNull();
    }

    @Test
    void snoozeUntilAPastDayIsRefused() {
        Partner gp = partner("Huisartsenpraktijk De Linde", Category.GP);

        assertThatThrownBy(() -> services.attention().snooze(gp.id(), TODAY.minusDays(1), null, TODAY))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errorFor("until").messageKey())
                        .isEqualTo("error.snooze.until-past"));
    }

    @Test
    void settingsAreStoredAndChangeTheRules() {
        Partner school = partner("Basisschool De Regenboog", Category.SCHOOL);
        log(school, TODAY.minusDays(100));
        assertThat(item(asOf(TODAY), school)).isNull();

        services.attention().changeSetting("attention.rhythm.school", "60");

        assertThat(services.attention().settings().rhythmFor(Category.SCHOOL)).isEqualTo(60);
        assertThat(item(asOf(TODAY), school).rhythmDays()).isEqualTo(60);

        services.attention().changeSetting("attention.rhythm.school", " ");
        assertThat(item(asOf(TODAY), school)).isNull();
    }

    @Test
    void unknownOrOutOfRangeSettingsAreRefused() {
        assertThatThrownBy(() -> services.attention().changeSetting("attention.bogus", "3"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> services.attention().changeSetting("attention.only-asking.moments", "0"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> services.attention().changeSetting("attention.goal-stalled.days", "veel"))
                .isInstanceOf(ValidationException.class);
        assertThat(services.attention().settings()).isEqualTo(nl.verbinder.domain.attention.AttentionSettings.defaults());
    }

    @Test
    void filtersByOwnerAndCountsPerOwner() {
        Therapist sanne = services.therapists().add(Therapist.newTherapist("Sanne de Vries", TherapistRole.THERAPIST, null));
        Partner mine = services.partners().create(aPartner().named("Diëtist Smaakvol").inCategory(Category.DIETITIAN)
                .ownedBy(sanne.id()).build());
        Partner other = partner("Huisartsenpraktijk De Linde", Category.GP);
        log(mine, TODAY.minusDays(200));
        log(other, TODAY.minusDays(200));

        AttentionOverview overview = services.attention().overview(TODAY, AttentionFilter.ownedBy(sanne.id()));

        assertThat(overview.items()).extracting(AttentionItem::partnerName).containsExactly("Diëtist Smaakvol");
        assertThat(overview.items().getFirst().ownerName()).isEqualTo("Sanne de Vries");
        assertThat(overview.owners()).extracting(o -> o.ownerName() + "=" + o.count())
                .containsExactlyInAnyOrder("Sanne de Vries=1", "null=1");
        assertThat(services.attention().count(TODAY)).isEqualTo(2);
    }

    @Test
    void practiceHintsFollowTheActivePartnersAndTheEnvironmentNotes() {
        assertThat(services.attention().practiceHints(TODAY)).extracting(PracticeHint::code)
                .containsExactly(HintCode.MISSING_FINANCIER, HintCode.MISSING_PATIENT_VOICE, HintCode.ENVIRONMENT_GAP);
        assertThat(AttentionTexts.sentence(Messages.dutch(), services.attention().practiceHints(TODAY).get(2)))
                .isEqualTo("Omgevingsanalyse: nog geen notities over Bevolking, Gezondheid, "
                        + "Zorg- en welzijnsvoorzieningen, Bestaande netwerken.");

        partner("Gemeente Utrecht", Category.MUNICIPALITY);
        partner("Reumapatiëntenbond Utrecht", Category.PATIENT_ORGANISATION);

        assertThat(services.attention().practiceHints(TODAY)).extracting(PracticeHint::code)
                .containsExactly(HintCode.ENVIRONMENT_GAP);
    }

    @Test
    void thePartnerListsAttentionFiltersAgreeWithTheEngine() {
        Partner overdue = partner("Huisartsenpraktijk De Linde", Category.GP);
        Partner snoozed = partner("Huisartsenpraktijk Oost", Category.GP);
        Partner fine = partner("Huisartsenpraktijk West", Category.GP);
        Partner asking = partner("Sportschool Fit", Category.GYM);
        log(overdue, TODAY.minusDays(100));
        log(snoozed, TODAY.minusDays(100));
        log(fine, TODAY.minusDays(5));
        for (int i = 3; i >= 1; i--) {
            log(ContactMoment.builder().partnerId(asking.id()).date(TODAY.minusDays(i)).kind(ContactKind.EMAIL)
                    .summary("Vraag").asked("Doorverwijzen?"));
        }
        services.attention().snooze(snoozed.id(), TODAY.plusDays(30), null, TODAY);

        assertThat(services.partners().list(PartnerQuery.all().withNeedsAttention(true)))
                .extracting(PartnerOverview::name).containsExactly("Huisartsenpraktijk De Linde", "Sportschool Fit");
        assertThat(services.partners().count(PartnerQuery.all().withNeedsAttention(true))).isEqualTo(2);
        assertThat(services.partners().list(PartnerQuery.all().withOverdueOnly(true)))
                .extracting(PartnerOverview::name)
                .containsExactly("Huisartsenpraktijk De Linde", "Huisartsenpraktijk Oost");
        assertThat(services.partners().list(PartnerQuery.all().withOverdueOnly(true).withSearch("oost")))
                .extracting(PartnerOverview::name).containsExactly("Huisartsenpraktijk Oost");
    }
}
