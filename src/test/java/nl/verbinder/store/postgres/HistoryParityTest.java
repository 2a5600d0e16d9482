package nl.verbinder.store.postgres;

import static nl.verbinder.testutil.ContactMomentBuilder.aMoment;
import static nl.verbinder.testutil.ContactPersonBuilder.aContactPerson;
import static nl.verbinder.testutil.EnvironmentNoteBuilder.aNote;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.SharedGoalBuilder.aGoal;
import static nl.verbinder.testutil.TherapistBuilder.aTherapist;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.verbinder.app.SqliteWiring;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.EnvironmentFactor;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.attention.AttentionSettings;
import nl.verbinder.domain.history.Change;
import nl.verbinder.domain.history.ChangeQuery;
import nl.verbinder.service.Services;
import nl.verbinder.store.sqlite.SqliteStore;
import nl.verbinder.testutil.MutableClock;
import nl.verbinder.testutil.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL triggers record what SQLite's record: the same changes (action, record, label,
 * partner, who, when, change sets) with the same fields for the same writes (within a change
 * set, a cascade's rows may come in another order); and two
 * workstations writing at once each keep their own name and change set, neither waiting for the
 * other.
 */
class HistoryParityTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 9);

    @TempDir
    Path folder;

    @Test
    void theSameWritesLeaveTheSameHistoryOnBothStores() {
        MutableClock fileClock = new MutableClock(MONDAY);
        MutableClock serverClock = new MutableClock(MONDAY);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(PostgresServer.get().freshDatabase());
        try (SqliteStore sqlite = SqliteStore.open(folder.resolve("verbinder.db"), fileClock);
             PostgresStore postgres = PostgresStore.open(dataSource, "postgresql://test/history", serverClock)) {
            Services onFile = SqliteWiring.services(sqlite, fileClock);
            Services onServer = Services.over(postgres, serverClock);
            write(onFile, fileClock);
            write(onServer, serverClock);

            List<String> file = described(onFile);
            List<String> server = described(onServer);
            assertThat(file).hasSizeGreaterThan(30);
            // Within one change set the order may differ: SQLite records a cascade's deleted links
            // before the record, PostgreSQL after it (its AFTER triggers run once the statement is done).
            assertThat(server).containsExactlyInAnyOrderElementsOf(file);
        }
    }

    @Test
    void twoWorkstationsWritingAtOnceKeepTheirOwnNamesAndChangeSets() throws Exception {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(PostgresServer.get().freshDatabase());
        MutableClock clock = new MutableClock(MONDAY);
        ExecutorService threads = Executors.newFixedThreadPool(1);
        try (PostgresStore first = PostgresStore.open(dataSource, "postgresql://test/one", clock);
             PostgresStore second = PostgresStore.open(dataSource, "postgresql://test/two", clock)) {
            Services one = Services.over(first, clock);
            Services two = Services.over(second, clock);
            Therapist anna = one.therapists().add(aTherapist().named("Anna de Vries").build());
            Therapist bram = one.therapists().add(aTherapist().named("Bram Jansen").build());
            Partner linde = one.partners().create(aPartner().named("De Linde").build());
            Partner oost = one.partners().create(aPartner().named("Oost").build());
            one.history().actAs(anna.id());
            two.history().actAs(bram.id());

            CountDownLatch annaWriting = new CountDownLatch(1);
            CountDownLatch bramDone = new CountDownLatch(1);
            // Anna's write stays open until Bram's has committed.
            Future<?> annas = threads.submit(() -> first.transactions().writing(() -> {
                first.partners().update(first.partners().find(linde.id()).orElseThrow().toBuilder().city("Zeist")
                        .build(), clock.instant());
                annaWriting.countDown();
                await(bramDone);
            }));
            await(annaWriting);
            two.partners().update(two.partners().get(oost.id()).toBuilder().city("Amersfoort").build());
            bramDone.countDown();
            annas.get(30, TimeUnit.SECONDS);

            Change annasChange = one.history().forRecord(nl.verbinder.domain.history.RecordKind.PARTNER, linde.id())
                    .getFirst();
            Change bramsChange = one.history().forRecord(nl.verbinder.domain.history.RecordKind.PARTNER, oost.id())
                    .getFirst();
            assertThat(annasChange.actor()).isEqualTo("Anna de Vries");
            assertThat(annasChange.fields()).extracting(f -> f.field()).containsExactly("city");
            assertThat(bramsChange.actor()).isEqualTo("Bram Jansen");
            assertThat(bramsChange.changeSet()).isNotNull().isNotEqualTo(annasChange.changeSet());
        } finally {
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).as("the other workstation's write went on").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Writes of every recorded kind, each a day apart, some by nobody, most by Anna. */
    private static void write(Services s, MutableClock clock) {
        Therapist anna = s.therapists().add(aTherapist().named("Anna de Vries").build());
        s.history().actAs(anna.id());
        clock.setDay(MONDAY.plusDays(1));
        Partner linde = s.partners().create(aPartner().named("De Linde").withStatus(PartnerStatus.DORMANT)
                .tagged("sport", "zorg").build());
        clock.setDay(MONDAY.plusDays(2));
        s.partners().update(s.partners().get(linde.id()).toBuilder().status(PartnerStatus.ACTIVE).city("Zeist")
                .tags(List.of("zorg", "valpreventie")).build());
        ContactPerson piet = s.contactPersons().add(aContactPerson().at(linde.id()).named("Piet Bakker").build());
        SharedGoal goal = s.goals().create(aGoal().titled("Valpreventie").withPartners(linde.id()).build());
        clock.setDay(MONDAY.plusDays(3));
        ContactMoment moment = s.moments().log(aMoment().with(linde.id()).on(MONDAY.plusDays(3)).about("Kennismaking")
                .followUp("Terugbellen", MONDAY.plusDays(10)).withTherapists(anna.id()).withContactPersons(piet.id())
                .servingGoals(goal.id()).build());
        var note = s.environment().create(aNote().about(EnvironmentFactor.POPULATION).titled("Vergrijzing")
                .linkedTo(linde.id()).build());
        clock.setDay(MONDAY.plusDays(4));
        s.goals().changeStatus(goal.id(), goal.version(), GoalStatus.ACHIEVED);
        s.moments().markFollowUpDone(moment.id(), moment.version(), MONDAY.plusDays(4));
        String key = AttentionSettings.SETTINGS.getFirst().key();
        s.attention().changeSetting(key, "30");
        s.attention().changeSetting(key, "40");
        s.attention().snooze(linde.id(), MONDAY.plusDays(40), "na de zomer", MONDAY.plusDays(4));
        s.history().actAs(null);
        clock.setDay(MONDAY.plusDays(5));
        s.attention().unsnooze(linde.id());
        long noteItem = s.environment().moveToTrash(note.id());
        s.trash().restore(noteItem);
        s.moments().moveToTrash(moment.id());
        s.partners().moveToTrash(linde.id());
        s.partners().restore(linde.id());
    }

    /** Every change as a line, change sets numbered in the order they appear. */
    private static List<String> described(Services s) {
        List<Change> changes = new ArrayList<>(s.history().changes(ChangeQuery.all()));
        changes.sort(java.util.Comparator.comparingLong(Change::id));
        Map<String, Integer> sets = new HashMap<>();
        List<String> lines = new ArrayList<>();
        for (Change c : changes) {
            Integer set = c.changeSet() == null ? null : sets.computeIfAbsent(c.changeSet(), k -> sets.size() + 1);
            lines.add(c.changedAt() + " " + c.actorId() + " " + c.actor() + " set " + set + " " + c.action() + " "
                    + c.kind() + " " + c.recordId() + " " + c.label() + " " + c.partnerId() + " " + c.partnerName() + " "
                    + c.fields());
        }
        return lines;
    }
}
