package nl.verbinder.service.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.EnvironmentFactor;
import nl.verbinder.domain.EnvironmentNote;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerKind;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.SourceKind;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.TherapistRole;
import nl.verbinder.domain.Validator;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.service.ServiceBase;
import nl.verbinder.service.demo.SyntheticNames.Town;
import nl.verbinder.store.BulkWriter;
import nl.verbinder.store.Store;

/**
 * Generates a synthetic practice for benchmarks: realistic Dutch names, every category,
 * contact persons, shared goals, follow-ups and moments spread over ten years up to
 * {@code today}. Deterministic: the same seed, sizes and today give the same data, row for
 * row. Writes into an empty database only, in one transaction, through the store's
 * {@link BulkWriter}.
 */
public final class GeneratorService extends ServiceBase {

    public static final int MAX_PARTNERS = 1_000_000;
    public static final int MAX_MOMENTS = 50_000_000;
    static final int YEARS = 10;

    /** How often each category occurs, in percent-ish weights (a practice knows many clubs and GPs). */
    private static final Map<Category, Integer> CATEGORY_WEIGHTS = new TreeMap<>(Map.ofEntries(
            Map.entry(Category.GP, 12), Map.entry(Category.MIDWIFE, 4), Map.entry(Category.DIETITIAN, 6),
            Map.entry(Category.GYNAECOLOGIST, 2), Map.entry(Category.GYM, 10), Map.entry(Category.SWIMMING_POOL, 2),
            Map.entry(Category.SPORTS_CLUB, 15), Map.entry(Category.SCHOOL, 12), Map.entry(Category.MUNICIPALITY, 1),
            Map.entry(Category.HEALTH_INSURER, 1), Map.entry(Category.PATIENT_ORGANISATION, 3),
            Map.entry(Category.PROFESSIONAL_ASSOCIATION, 2), Map.entry(Category.WELFARE, 6),
            Map.entry(Category.HOME_CARE, 6), Map.entry(Category.HOSPITAL, 2), Map.entry(Category.ONLINE_COMMUNITY, 2),
            Map.entry(Category.OTHER, 14)));

    /** What to generate. */
    public record Spec(int partners, int moments, long seed, LocalDate today) {
    }

    /** What was generated. */
    public record Summary(int therapists, int partners, int contactPersons, int goals, int moments, int notes) {
    }

    public GeneratorService(Store store, Clock clock) {
        super(store, clock);
    }

    /** True when the database has no partners (trash included) and no therapists: the generator may fill it. */
    public boolean isEmpty() {
        return tx().read(() -> store.partners().countActiveRecords() == 0 && store.partners().trash().isEmpty()
                && store.therapists().count() == 0);
    }

    /**
     * Generates the practice.
     *
     * @throws VerbinderException when the database is not empty or the sizes are out of range
     */
    public Summary generate(Spec spec) {
        Validator v = new Validator();
        if (spec.partners() < 1 || spec.partners() > MAX_PARTNERS) {
            v.add("partners", "error.generate.range", 1, MAX_PARTNERS);
        }
        if (spec.moments() < 0 || spec.moments() > MAX_MOMENTS) {
            v.add("moments", "error.generate.range", 0, MAX_MOMENTS);
        }
        v.throwIfInvalid();
        return tx().write(() -> {
            if (!isEmpty()) {
                throw new VerbinderException("error.generate.not-empty");
            }
            try (BulkWriter.Session session = store.bulkWriter().open()) {
                return new Run(spec, session).write();
            }
        });
    }

    /** One generation: the random sequence and the ids handed out so far. */
    private static final class Run {
        private final Spec spec;
        private final BulkWriter.Session out;
        private final SplittableRandom random;
        private final LocalDate start;
        private final List<Category> categoryPool = new ArrayList<>();
        private final List<Long> therapistIds = new ArrayList<>();
        private long personId;
        private long momentId;

        Run(Spec spec, BulkWriter.Session out) {
            this.spec = spec;
            this.out = out;
            this.random = new SplittableRandom(spec.seed());
            this.start = spec.today().minusYears(YEARS);
            CATEGORY_WEIGHTS.forEach((category, weight) -> {
                for (int i = 0; i < weight; i++) {
                    categoryPool.add(category);
                }
            });
        }

        Summary write() {
            int therapists = therapists();
            List<PartnerPlan> plans = partners();
            Map<Long, List<Long>> goalsByPartner = new TreeMap<>();
            int goals = goals(plans, goalsByPartner);
            int moments = moments(plans, goalsByPartner);
            int notes = notes();
            return new Summary(therapists, plans.size(), (int) personId, goals, moments, notes);
        }

        private int therapists() {
            int count = Math.clamp(spec.partners() / 800, 3, 15);
            Set<String> names = new HashSet<>();
            for (long id = 1; id <= count; id++) {
                String name;
                do {
                    name = SyntheticNames.personName(random);
                } while (!names.add(name));
                Instant created = instant(start);
                out.therapist(new Therapist(id, name, id == 1 ? TherapistRole.PRACTICE_OWNER : TherapistRole.THERAPIST,
                        true, null, created, created, 0));
                therapistIds.add(id);
            }
            return count;
        }

        /** A partner and what the moments need to know about it. */
        private record PartnerPlan(long id, PartnerStatus status, Long ownerId, LocalDate created, LocalDate end,
                                   List<Long> persons, boolean asker) {
        }

        private List<PartnerPlan> partners() {
            List<PartnerPlan> plans = new ArrayList<>(spec.partners());
            Set<String> names = new HashSet<>();
            int days = (int) (spec.today().toEpochDay() - start.toEpochDay());
            for (long id = 1; id <= spec.partners(); id++) {
                Category category = SyntheticNames.pick(random, categoryPool);
                Town town = SyntheticNames.pick(random, SyntheticNames.TOWNS);
                String name = SyntheticNames.partnerName(random, category, town);
                if (!names.add(name)) {
                    name = name + " " + town.name();
                    if (!names.add(name)) {
                        name = name + " " + id;
                        names.add(name);
                    }
                }
                int roll = random.nextInt(100);
                PartnerStatus status = roll < 70 ? PartnerStatus.ACTIVE : roll < 80 ? PartnerStatus.PROSPECT
                        : roll < 95 ? PartnerStatus.DORMANT : PartnerStatus.ENDED;
                LocalDate created = start.plusDays(random.nextInt(Math.max(1, days - 20)));
                LocalDate end = switch (status) {
                    case DORMANT -> spec.today().minusDays(200 + random.nextInt(1300));
                    case ENDED -> spec.today().minusDays(365 + random.nextInt(2000));
                    default -> spec.today();
                };
                if (end.isBefore(created)) {
                    end = created;
                }
                Long owner = random.nextInt(10) == 0 ? null : SyntheticNames.pick(random, therapistIds);
                Integer trust = random.nextInt(5) == 0 ? null : 1 + random.nextInt(5);
                Integer rhythm = random.nextInt(7) == 0 ? List.of(60, 90, 120, 180).get(random.nextInt(4)) : null;
                List<String> tags = new ArrayList<>();
                for (int t = random.nextInt(4); t > 0; t--) {
                    tags.add(SyntheticNames.pick(random, SyntheticNames.TAGS));
                }
                String street = SyntheticNames.pick(random, SyntheticNames.STREETS) + " " + (1 + random.nextInt(180));
                String notes = random.nextInt(3) == 0 ? SyntheticNames.pick(random, SyntheticNames.NOTES) : null;
                Instant createdAt = instant(created);
                out.partner(Partner.builder()
                        .id(id).name(name).kind(PartnerKind.ORGANISATION).category(category)
                        .street(street).postcode(postcode(town)).city(town.name())
                        .phone(String.format("0%02d-%07d", 10 + random.nextInt(89), random.nextInt(10_000_000)))
                        .email("info@partner" + id + ".example.nl")
                        .rhythmDays(rhythm).status(status).trust(trust).ownerId(owner).tags(tags).notes(notes)
                        .createdAt(createdAt).updatedAt(createdAt).version(0)
                        .build());
                List<Long> persons = new ArrayList<>();
                for (int p = random.nextInt(4); p > 0; p--) {
                    long pid = ++personId;
                    String person = SyntheticNames.personName(random);
                    out.contactPerson(new ContactPerson(pid, id, person, SyntheticNames.pick(random, SyntheticNames.ROLES),
                            "contact" + pid + "@partner" + id + ".example.nl", null, null, null, createdAt, createdAt,
                            0));
                    persons.add(pid);
                }
                plans.add(new PartnerPlan(id, status, owner, created, end, persons, random.nextInt(10) == 0));
            }
            return plans;
        }

        private int goals(List<PartnerPlan> plans, Map<Long, List<Long>> goalsByPartner) {
            int count = Math.max(1, plans.size() / 25);
            int days = (int) (spec.today().toEpochDay() - start.toEpochDay());
            GoalStatus[] statuses = GoalStatus.values();
            for (long id = 1; id <= count; id++) {
                Set<Long> partners = new HashSet<>();
                for (int p = 1 + random.nextInt(4); p > 0; p--) {
                    partners.add(plans.get(random.nextInt(plans.size())).id());
                }
                GoalStatus status = statuses[random.nextInt(statuses.length)];
                Town town = SyntheticNames.pick(random, SyntheticNames.TOWNS);
                Instant created = instant(start.plusDays(random.nextInt(days)));
                out.goal(new SharedGoal(id, SyntheticNames.pick(random, SyntheticNames.GOALS) + " " + town.name(),
                        "Veel vragen over dit onderwerp in " + town.name() + ".", "Zelf in beweging blijven.",
                        "Gezamenlijk spreekuur en een beweeggroep.", "Een vast programma in de wijk.", status, null,
                        partners, created, created, 0));
                for (Long partner : partners.stream().sorted().toList()) {
                    goalsByPartner.computeIfAbsent(partner, k -> new ArrayList<>()).add(id);
                }
            }
            return count;
        }

        /** Spreads the moments over the partners: a few very active relationships, many quiet ones. */
        private int moments(List<PartnerPlan> plans, Map<Long, List<Long>> goalsByPartner) {
            double[] weights = new double[plans.size()];
            double total = 0;
            for (int i = 0; i < weights.length; i++) {
                PartnerPlan plan = plans.get(i);
                double lifetime = Math.max(1, plan.end().toEpochDay() - plan.created().toEpochDay());
                boolean silent = random.nextInt(40) == 0;
                weights[i] = silent ? 0 : Math.exp(random.nextGaussian() * 0.8) * lifetime;
                total += weights[i];
            }
            int[] counts = new int[plans.size()];
            int assigned = 0;
            for (int i = 0; i < counts.length; i++) {
                counts[i] = total == 0 ? 0 : (int) Math.floor(spec.moments() * weights[i] / total);
                assigned += counts[i];
            }
            for (int i = 0; assigned < spec.moments() && total > 0; i = (i + 1) % counts.length) {
                if (weights[i] > 0) {
                    counts[i]++;
                    assigned++;
                }
            }
            ContactKind[] kinds = ContactKind.values();
            for (int i = 0; i < plans.size(); i++) {
                PartnerPlan plan = plans.get(i);
                int n = counts[i];
                if (n == 0) {
                    continue;
                }
                long from = plan.created().toEpochDay();
                int span = (int) Math.max(1, plan.end().toEpochDay() - from + 1);
                long[] dates = new long[n];
                for (int k = 0; k < n; k++) {
                    dates[k] = from + random.nextInt(span);
                }
                Arrays.sort(dates);
                List<Long> goals = goalsByPartner.getOrDefault(plan.id(), List.of());
                for (int k = 0; k < n; k++) {
                    out.moment(moment(plan, LocalDate.ofEpochDay(dates[k]), kinds, goals));
                }
            }
            return (int) momentId;
        }

        private ContactMoment moment(PartnerPlan plan, LocalDate date, ContactKind[] kinds, List<Long> goals) {
            long id = ++momentId;
            boolean offered = random.nextInt(100) < (plan.asker() ? 3 : 35);
            boolean asked = random.nextInt(100) < (plan.asker() ? 80 : 35);
            String followUp = null;
            LocalDate due = null;
            LocalDate done = null;
            if (random.nextInt(100) < 15) {
                followUp = SyntheticNames.pick(random, SyntheticNames.FOLLOW_UPS);
                due = date.plusDays(7 + random.nextInt(36));
                long daysPastDue = spec.today().toEpochDay() - due.toEpochDay();
                boolean isDone = daysPastDue > 30 ? random.nextInt(1000) < 997 : daysPastDue > 0 && random.nextBoolean();
                if (isDone) {
                    LocalDate when = due.plusDays(random.nextInt(11) - 5);
                    done = when.isBefore(date) ? date : when.isAfter(spec.today()) ? spec.today() : when;
                }
            }
            Long loggedBy = plan.ownerId() != null && random.nextInt(10) < 7 ? plan.ownerId()
                    : SyntheticNames.pick(random, therapistIds);
            Set<Long> persons = !plan.persons().isEmpty() && random.nextInt(10) < 6
                    ? Set.of(SyntheticNames.pick(random, plan.persons())) : Set.of();
            Set<Long> goalIds = !goals.isEmpty() && random.nextInt(100) < 15
                    ? Set.of(SyntheticNames.pick(random, goals)) : Set.of();
            Instant created = instant(date).plusSeconds(7 * 3600);
            return ContactMoment.builder()
                    .id(id).partnerId(plan.id()).date(date).kind(kinds[random.nextInt(kinds.length)])
                    .summary(SyntheticNames.pick(random, SyntheticNames.SUMMARIES))
                    .offered(offered ? SyntheticNames.pick(random, SyntheticNames.OFFERS) : null)
                    .asked(asked ? SyntheticNames.pick(random, SyntheticNames.ASKS) : null)
                    .followUp(followUp).followUpDue(due).followUpDone(done)
                    .loggedBy(loggedBy).therapistIds(Set.of(loggedBy)).contactPersonIds(persons).goalIds(goalIds)
                    .createdAt(created).updatedAt(created).version(0)
                    .build();
        }

        /** Notes on three of the four core factors, so the environment-gap hint has something to say. */
        private int notes() {
            List<EnvironmentFactor> factors = List.of(EnvironmentFactor.POPULATION, EnvironmentFactor.HEALTH,
                    EnvironmentFactor.CARE_AND_WELFARE, EnvironmentFactor.TARGET_GROUPS);
            long id = 0;
            for (EnvironmentFactor factor : factors) {
                for (int k = 0; k < 2; k++) {
                    LocalDate observed = spec.today().minusDays(random.nextInt(700));
                    Instant created = instant(observed);
                    out.environmentNote(new EnvironmentNote(++id, factor, "Utrecht",
                            "Waarneming " + id + " over " + factor.code(), "Uit de wijkcijfers.", SourceKind.CBS_IN_UW_BUURT,
                            null, observed, Set.of(), created, created, 0));
                }
            }
            return (int) id;
        }

        private String postcode(Town town) {
            String letters = "ABCEGHJKLMNPRTVWXZ";
            return town.postcodePrefix() + String.format("%02d", random.nextInt(100)) + " "
                    + letters.charAt(random.nextInt(letters.length())) + letters.charAt(random.nextInt(letters.length()));
        }

        private static Instant instant(LocalDate date) {
            return date.atTime(9, 0).toInstant(ZoneOffset.UTC);
        }
    }
}
