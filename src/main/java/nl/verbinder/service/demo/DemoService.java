package nl.verbinder.service.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.EnvironmentNote;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.domain.relationship.RelationshipCheck;
import nl.verbinder.domain.relationship.RelationshipQuestion;
import nl.verbinder.service.ContactMomentService;
import nl.verbinder.service.ContactPersonService;
import nl.verbinder.service.EnvironmentNoteService;
import nl.verbinder.service.PartnerService;
import nl.verbinder.service.PracticeNetworkService;
import nl.verbinder.service.PracticeProfileService;
import nl.verbinder.service.RelationshipCheckService;
import nl.verbinder.service.ServiceBase;
import nl.verbinder.service.SharedGoalService;
import nl.verbinder.service.TherapistService;
import nl.verbinder.service.demo.DemoData.GoalRow;
import nl.verbinder.service.demo.DemoData.NoteRow;
import nl.verbinder.service.demo.DemoData.PartnerRow;
import nl.verbinder.service.demo.DemoData.PersonRow;
import nl.verbinder.service.demo.DemoData.Story;
import nl.verbinder.service.demo.DemoData.TherapistRow;
import nl.verbinder.service.demo.DemoHistory.PlannedMoment;
import nl.verbinder.store.Store;

/**
 * Fills an empty database with a realistic demo practice, so a new user can see what
 * Verbinder does before entering their own network.
 */
public final class DemoService extends ServiceBase {

    /** Fixed, so the same day always gives the same demo. */
    private static final long SEED = 20_190_401L;

    private final PracticeProfileService practice;
    private final TherapistService therapists;
    private final PartnerService partners;
    private final ContactPersonService contactPersons;
    private final ContactMomentService moments;
    private final SharedGoalService goals;
    private final EnvironmentNoteService environment;

    public DemoService(Store store, Clock clock, PracticeProfileService practice, TherapistService therapists,
                PartnerService partners, ContactPersonService contactPersons, ContactMomentService moments,
                SharedGoalService goals, EnvironmentNoteService environment) {
        super(store, clock);
        this.practice = practice;
        this.therapists = therapists;
        this.partners = partners;
        this.contactPersons = contactPersons;
        this.moments = moments;
        this.goals = goals;
        this.environment = environment;
    }

    /** True when the database has no partners yet (trash included). */
    public boolean isEmpty() {
        return tx().read(() -> store.partners().countActiveRecords() == 0 && store.partners().trash().isEmpty());
    }

    /**
     * Fills the database with the demo practice in one transaction: the practice profile,
     * three therapists, partners with their contact persons, eighteen months of contact
     * moments, shared goals and environment notes. Dates are relative to today on the
     * service's clock; the same day gives the same demo. A failure leaves the database empty.
     *
     * @throws VerbinderException when the database already has partners
     */
    public DemoSummary fill() {
        DemoData data = DemoData.load();
        return tx().write(() -> {
            if (!isEmpty()) {
                throw new VerbinderException("error.demo.not-empty");
            }
            return new Filling(data).run();
        });
    }

    /**
     * One run of {@link #fill}, inside its transaction: stores the demo through the services
     * (so every record passes the same checks as one typed in) and remembers the ids of what it
     * stored by the keys the demo data uses.
     */
    private final class Filling {

        private final DemoData data;
        private final DemoHistory history;
        private final Map<String, Long> therapistIds = new HashMap<>();
        private final Map<String, Long> partnerIds = new HashMap<>();
        /** Contact person ids by partner key, then by name. */
        private final Map<String, Map<String, Long>> personIds = new HashMap<>();
        private final Map<String, Long> goalIds = new HashMap<>();

        Filling(DemoData data) {
            this.data = data;
            List<String> therapistKeys = data.practice().therapists().stream().map(TherapistRow::key).toList();
            this.history = new DemoHistory(today(), new Random(SEED), data.templates(), therapistKeys);
        }

        DemoSummary run() {
            practice.save(data.practice().profile().toProfile(practice.get().version()));
            data.practice().therapists().forEach(this::addTherapist);
            data.partners().forEach(this::addPartner);
            data.goals().forEach(this::createGoal);
            int momentCount = logMoments();
            data.notes().forEach(this::writeNote);
            new DemoNetworks(today(), new PracticeNetworkService(store, clock, moments), moments, partnerIds, goalIds)
                    .add();
            int personCount = personIds.values().stream().mapToInt(Map::size).sum();
            return new DemoSummary(therapistIds.size(), partnerIds.size(), personCount, momentCount, goalIds.size(),
                    data.notes().size());
        }

        /**
         * A relationship check for each partner with a trust: its trust answers, and value answers
         * that follow from the partner (the same every time), so the trust × value chart has points.
         */
        private void checkRelationship(PartnerRow row, long partnerId) {
            if (row.trust() == null) {
                return;
            }
            int spread = Math.floorMod(row.key().hashCode(), 64);
            Map<RelationshipQuestion, Integer> answers = new EnumMap<>(
                    RelationshipCheck.fromTrust(partnerId, row.trust()).answers());
            answers.put(RelationshipQuestion.INFLUENCE, 1 + spread % 4);
            answers.put(RelationshipQuestion.INVOLVEMENT, 1 + (spread / 4) % 4);
            answers.put(RelationshipQuestion.CONTRIBUTION, 1 + (spread / 16) % 4);
            new RelationshipCheckService(store, clock).save(partnerId, answers);
        }

        private void addTherapist(TherapistRow row) {
            Therapist added = therapists.add(Therapist.newTherapist(row.name(), row.role(), row.competences()));
            therapistIds.put(row.key(), added.id());
        }

        private void addPartner(PartnerRow row) {
            Partner added = partners.create(Partner.builder()
                    .name(row.name())
                    .kind(row.kind())
                    .category(row.category())
                    .street(row.street())
                    .postcode(row.postcode())
                    .city(row.city())
                    .phone(row.phone())
                    .email(row.email())
                    .website(row.website())
                    .howWeKnowEachOther(row.howWeKnowEachOther())
                    .whatTheyMeanForUs(row.whatTheyMeanForUs())
                    .whatWeMeanForThem(row.whatWeMeanForThem())
                    .rhythmDays(row.rhythmDays())
                    .status(row.status())
                    .trust(row.trust())
                    .ownerId(idOf(therapistIds, row.owner(), "therapist"))
                    .tags(row.tags())
                    .notes(row.notes())
                    .build());
            partnerIds.put(row.key(), added.id());
            checkRelationship(row, added.id());
            Map<String, Long> people = new HashMap<>();
            for (PersonRow person : row.people()) {
                ContactPerson stored = contactPersons.add(ContactPerson.newAt(added.id(), person.name(), person.role(),
                        person.email(), person.phone(), person.linkedin(), person.notes()));
                people.put(person.name(), stored.id());
            }
            personIds.put(row.key(), people);
        }

        private void createGoal(GoalRow row) {
            SharedGoal created = goals.create(SharedGoal.newGoal(row.title(), row.whatIsGoingOn(),
                    row.whatMattersForPatient(), row.possibilities(), row.whatWeGoFor(), row.status(),
                    today().plusDays(row.targetInDays()), idsOf(partnerIds, row.partners(), "partner")));
            goalIds.put(row.title(), created.id());
        }

        /** Logs every partner's history and every goal's moments, in the order they happened. */
        private int logMoments() {
            List<PlannedMoment> planned = new ArrayList<>();
            for (PartnerRow partner : data.partners()) {
                planned.addAll(history.plan(partner));
            }
            for (GoalRow goal : data.goals()) {
                for (Story story : goal.stories()) {
                    planned.add(history.fromStory(story.partner(), story, goal.title()));
                }
            }
            planned.sort(Comparator.comparing(PlannedMoment::date));
            planned.forEach(moment -> moments.log(toMoment(moment)));
            backdateCreation(planned);
            return planned.size();
        }

        /**
         * A practice's partners were not all added today: each demo partner is dated two weeks
         * before its first moment, and one without moments some weeks ago, so that a report or
         * the network map of an earlier quarter shows the practice as it was then, and prospects
         * never contacted are old enough for the attention list.
         */
        private void backdateCreation(List<PlannedMoment> planned) {
            Map<String, LocalDate> firstMoment = new HashMap<>();
            planned.forEach(moment -> firstMoment.merge(moment.partner(), moment.date(),
                    (a, b) -> a.isBefore(b) ? a : b));
            int withoutMoments = 0;
            for (PartnerRow row : data.partners()) {
                LocalDate first = firstMoment.get(row.key());
                LocalDate added = first != null ? first.minusDays(14) : today().minusDays(21 + 9L * withoutMoments++);
                store.partners().recordCreatedAt(partnerIds.get(row.key()),
                        added.atTime(9, 0).atZone(clock.getZone()).toInstant());
            }
        }

        private ContactMoment toMoment(PlannedMoment planned) {
            Map<String, Long> people = personIds.getOrDefault(planned.partner(), Map.of());
            return ContactMoment.builder()
                    .partnerId(idOf(partnerIds, planned.partner(), "partner"))
                    .date(planned.date())
                    .kind(planned.kind())
                    .summary(planned.summary())
                    .offered(planned.offered())
                    .asked(planned.asked())
                    .followUp(planned.followUp())
                    .followUpDue(planned.followUpDue())
                    .followUpDone(planned.followUpDone())
                    .loggedBy(idOf(therapistIds, planned.therapists().getFirst(), "therapist"))
                    .therapistIds(idsOf(therapistIds, planned.therapists(), "therapist"))
                    .contactPersonIds(idsOf(people, planned.people(), "contact person at " + planned.partner()))
                    .goalIds(planned.goal() == null ? Set.of() : Set.of(idOf(goalIds, planned.goal(), "goal")))
                    .build();
        }

        private void writeNote(NoteRow row) {
            environment.create(EnvironmentNote.newNote(row.factor(), row.area(), row.title(), row.body(),
                    row.sourceKind(), row.sourceUrl(), today().minusDays(row.observedDaysAgo()),
                    idsOf(partnerIds, row.partners(), "partner")));
        }
    }

    /** The id stored for a key; an unknown key is a mistake in the demo data, not in the user's input. */
    private static Long idOf(Map<String, Long> ids, String key, String what) {
        if (key == null) {
            return null;
        }
        Long id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("The demo data refers to an unknown " + what + ": " + key);
        }
        return id;
    }

    private static Set<Long> idsOf(Map<String, Long> ids, List<String> keys, String what) {
        Set<Long> result = new LinkedHashSet<>();
        for (String key : keys) {
            result.add(idOf(ids, key, what));
        }
        return result;
    }

    /** What the demo put in. */
    public record DemoSummary(int therapists, int partners, int contactPersons, int moments, int goals, int notes) {
    }
}
