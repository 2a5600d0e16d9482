package nl.verbinder.store.postgres;

import static nl.verbinder.testutil.ContactMomentBuilder.aMoment;
import static nl.verbinder.testutil.ContactPersonBuilder.aContactPerson;
import static nl.verbinder.testutil.EnvironmentNoteBuilder.aNote;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.SharedGoalBuilder.aGoal;
import static nl.verbinder.testutil.TherapistBuilder.aTherapist;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.service.LiveUpdates;
import nl.verbinder.service.LiveUpdates.Kind;
import nl.verbinder.service.Services;
import nl.verbinder.testutil.PostgresServer;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two workstations on one practice server, each with its own services, store and connections
 * (as two copies of the app would have): what one changes, the other hears within a second,
 * through LISTEN/NOTIFY; a workstation does not hear its own changes; a dropped listening
 * connection is made again and the window is told everything may have changed.
 */
class LiveUpdatesTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    private String url;
    private Services a;
    private Services b;
    private final Heard heardByA = new Heard();
    private final Heard heardByB = new Heard();
    private final List<LiveUpdates.Subscription> subscriptions = new ArrayList<>();

    @BeforeEach
    void twoWorkstations() throws InterruptedException {
        url = PostgresServer.get().freshVerbinderDatabase();
        a = workstation("a");
        b = workstation("b");
        subscriptions.add(a.live().listen(heardByA));
        subscriptions.add(b.live().listen(heardByB));
        heardByA.awaitConnected(true);
        heardByB.awaitConnected(true);
    }

    @AfterEach
    void close() {
        subscriptions.forEach(LiveUpdates.Subscription::close);
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    void aPartnerAddedOnOneWorkstationIsHeardOnTheOtherWithinASecond() throws InterruptedException {
        long start = System.nanoTime();
        a.partners().create(aPartner().named("Huisarts Oost").build());

        Set<Kind> kinds = heardByB.next(SECOND);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(kinds).contains(Kind.PARTNERS);
        assertThat(millis).isLessThan(1_000);
        assertThat(b.live().available()).isTrue();
        assertThat(b.live().serverHost()).contains("test");
    }

    @Test
    void everyKindOfRecordIsHeardAsItsKind() throws InterruptedException {
        Partner partner = a.partners().create(aPartner().named("Huisarts Oost").build());
        assertThat(heardByB.next(SECOND)).containsExactly(Kind.PARTNERS);

        a.partners().update(a.partners().get(partner.id()).toBuilder().city("Zeist").build());
        assertThat(heardByB.next(SECOND)).containsExactly(Kind.PARTNERS);

        a.moments().log(aMoment().with(partner.id()).build());
        assertThat(heardByB.next(SECOND)).contains(Kind.MOMENTS);

        a.attention().snooze(partner.id(), TestDatabase.TODAY.plusDays(30), "Na de zomer");
        assertThat(heardByB.next(SECOND)).containsExactly(Kind.SNOOZES);

        SharedGoal goal = a.goals().create(aGoal().withPartners(partner.id()).build());
        assertThat(heardByB.next(SECOND)).containsExactly(Kind.GOALS);
        a.goals().changeStatus(goal.id(), a.goals().get(goal.id()).version(), GoalStatus.ACTIVE);
        assertThat(heardByB.next(SECOND)).contains(Kind.GOALS);

        a.contactPersons().add(aContactPerson().at(partner.id()).build());
        assertThat(heardByB.next(SECOND)).contains(Kind.CONTACT_PERSONS);

        a.environment().create(aNote().build());
        assertThat(heardByB.next(SECOND)).contains(Kind.ENVIRONMENT);

        a.therapists().add(aTherapist().build());
        assertThat(heardByB.next(SECOND)).containsExactly(Kind.THERAPISTS);

        nl.verbinder.domain.PracticeProfile p = a.practice().get();
        a.practice().save(new nl.verbinder.domain.PracticeProfile("Fysio Oost", p.street(), p.postcode(), p.city(),
                p.specialisations(), p.passionsAndCompetences(), p.distinctiveStrengths(), p.targetGroups(),
                p.updatedAt(), p.version()));
        assertThat(heardByB.next(SECOND)).containsExactly(Kind.PRACTICE);
    }

    @Test
    void noticesAboutPartnersNameThemUnlessManyChangeAtOnce() throws Exception {
        Partner first = a.partners().create(aPartner().named("Huisarts Oost").build());
        assertThat(heardByB.next(SECOND)).containsExactly(Kind.PARTNERS);
        assertThat(heardByB.partners.poll()).containsExactly(first.id());

        // The partner and its tags: two statements, each naming the partner (one notice or two).
        Partner second = a.partners().create(aPartner().named("Diëtist West").tagged("sport").build());
        assertThat(heardByB.next(SECOND)).containsExactly(Kind.PARTNERS);
        assertThat(heardByB.partners.poll()).containsExactly(second.id());
        Set<Kind> more = heardByB.changes.poll(1, TimeUnit.SECONDS);
        if (more != null) {
            assertThat(heardByB.partners.poll()).containsExactly(second.id());
        }

        a.partners().update(a.partners().get(first.id()).toBuilder().city("Zeist").build());
        assertThat(heardByB.next(SECOND)).containsExactly(Kind.PARTNERS);
        assertThat(heardByB.partners.poll()).containsExactly(first.id());

        for (int i = 0; i < 100; i++) {
            a.partners().create(aPartner().named("Partner " + i).build());
        }
        awaitQuiet(heardByB);
        // One statement over more than 100 partners names none: the lists reload entirely.
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
             java.sql.Statement s = c.createStatement()) {
            s.execute("UPDATE partner SET city = 'Amersfoort'");
        }
        assertThat(heardByB.next(SECOND)).containsExactly(Kind.PARTNERS);
        assertThat(heardByB.partners.poll()).containsExactly(-1L);
    }

    /** Takes what was heard until nothing more comes for a second. */
    private static void awaitQuiet(Heard heard) throws InterruptedException {
        while (heard.changes.poll(1, TimeUnit.SECONDS) != null) {
            heard.partners.poll();
        }
    }

    @Test
    void aWorkstationDoesNotHearItsOwnChanges() throws InterruptedException {
        a.partners().create(aPartner().named("Huisarts Oost").build());
        assertThat(heardByB.next(SECOND)).contains(Kind.PARTNERS);

        b.partners().create(aPartner().named("Diëtist West").build());
        // A hears B's partner, and nothing before it: its own partner was left out.
        assertThat(heardByA.next(SECOND)).contains(Kind.PARTNERS);
        assertThat(heardByA.changes).isEmpty();
        assertThat(heardByB.changes).isEmpty();
    }

    @Test
    void aWriteThatIsRolledBackTellsNothing() throws InterruptedException {
        Partner partner = a.partners().create(aPartner().named("Huisarts Oost").build());
        heardByB.next(SECOND);
        Partner stale = a.partners().get(partner.id());
        a.partners().update(stale.toBuilder().city("Zeist").build());
        heardByB.next(SECOND);

        try {
            a.partners().update(stale.toBuilder().city("Bunnik").build()); // refused: an older version
        } catch (RuntimeException refused) {
            // expected: the conflict rolls the transaction back
        }
        a.therapists().add(aTherapist().build());

        // The next thing B hears is the therapist: the refused edit sent nothing.
        assertThat(heardByB.next(SECOND)).containsExactly(Kind.THERAPISTS);
    }

    @Test
    void aDroppedConnectionIsMadeAgainAndEverythingIsReloaded() throws Exception {
        try (Connection admin = DriverManager.getConnection(url); Statement s = admin.createStatement()) {
            s.execute("""
                    SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                    WHERE datname = current_database() AND application_name = 'Verbinder live updates'
                    """);
        }

        heardByB.awaitConnected(false);
        heardByB.awaitConnected(true);
        assertThat(heardByB.next(Duration.ofSeconds(5))).isEqualTo(EnumSet.allOf(Kind.class));

        a.partners().create(aPartner().named("Huisarts Oost").build());
        assertThat(heardByB.next(SECOND)).contains(Kind.PARTNERS);
    }

    private Services workstation(String name) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        Clock clock = TestDatabase.fixedClock(TestDatabase.TODAY);
        return Services.over(PostgresStore.open(dataSource, "postgresql://test:5432/verbinder?user=" + name, clock),
                clock);
    }

    /** What one workstation hears, in order. */
    private static final class Heard implements LiveUpdates.Listener {
        final BlockingQueue<Set<Kind>> changes = new LinkedBlockingQueue<>();
        final BlockingQueue<Boolean> connections = new LinkedBlockingQueue<>();
        /** The partners each change named, in the same order ({@code -1} alone: none named). */
        final BlockingQueue<Set<Long>> partners = new LinkedBlockingQueue<>();

        @Override
        public void changed(Set<Kind> kinds) {
            changes.add(kinds);
        }

        @Override
        public void changed(Set<Kind> kinds, java.util.Map<Kind, Set<Long>> rows) {
            partners.add(rows.getOrDefault(Kind.PARTNERS, Set.of(-1L)));
            changed(kinds);
        }

        @Override
        public void connection(boolean up) {
            connections.add(up);
        }

        Set<Kind> next(Duration within) throws InterruptedException {
            Set<Kind> kinds = changes.poll(within.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(kinds).as("a change heard within " + within).isNotNull();
            return kinds;
        }

        void awaitConnected(boolean up) throws InterruptedException {
            Boolean state = connections.poll(20, TimeUnit.SECONDS);
            assertThat(state).as("connection " + (up ? "up" : "down")).isEqualTo(up);
        }
    }
}
