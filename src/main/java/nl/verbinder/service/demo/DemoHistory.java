package nl.verbinder.service.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.service.demo.DemoData.History;
import nl.verbinder.service.demo.DemoData.PartnerRow;
import nl.verbinder.service.demo.DemoData.Story;
import nl.verbinder.service.demo.DemoData.Template;

/**
 * Plans the contact moments of the demo practice: for each partner a history that follows
 * its trend, with texts from the templates for its kind of partner. Follow-ups get done,
 * except the latest one of a relationship that went cold, and the latest one that is not
 * due yet. Pure: the same day and the same random numbers give the same plan.
 */
final class DemoHistory {

    /**
     * Generated contacts start within this many days before today; moved off a weekend they
     * are at most six days earlier, still inside the eighteen months before today.
     */
    private static final int HORIZON_DAYS = 530;
    private static final int DEFAULT_FOLLOW_UP_DAYS = 14;
    private static final double SECOND_PERSON_CHANCE = 0.3;
    private static final double SECOND_THERAPIST_CHANCE = 0.2;

    /**
     * A contact moment to log, with partners, persons and therapists still by key or name.
     *
     * @param people     names of the partner's contact persons who took part
     * @param therapists keys of our therapists who took part; the first one logged it
     * @param goal       the title of the shared goal the moment served, or {@code null}
     */
    record PlannedMoment(String partner, LocalDate date, ContactKind kind, String summary, String offered,
                         String asked, String followUp, LocalDate followUpDue, LocalDate followUpDone,
                         List<String> people, List<String> therapists, String goal) {
    }

    private final LocalDate today;
    private final Random random;
    private final Map<String, List<Template>> templates;
    private final List<String> therapistKeys;

    DemoHistory(LocalDate today, Random random, Map<String, List<Template>> templates, List<String> therapistKeys) {
        this.today = today;
        this.random = random;
        this.templates = templates;
        this.therapistKeys = List.copyOf(therapistKeys);
    }

    /** The partner's generated history and its own stories, oldest first. */
    List<PlannedMoment> plan(PartnerRow partner) {
        List<PlannedMoment> moments = new ArrayList<>(generated(partner));
        for (Story story : partner.stories()) {
            moments.add(fromStory(partner.key(), story, null));
        }
        moments.sort((a, b) -> a.date().compareTo(b.date()));
        return moments;
    }

    /** A moment written out in full; its follow-up is done (by its due date) only when the story says so. */
    PlannedMoment fromStory(String partnerKey, Story story, String goal) {
        LocalDate day = today.minusDays(story.daysAgo());
        LocalDate date = story.kind() == ContactKind.EVENT ? day : onWorkday(day);
        LocalDate due = story.followUp() == null ? null : date.plusDays(followUpDays(story.followUpInDays()));
        LocalDate done = story.followUpDone() && due != null ? (due.isAfter(today) ? today : due) : null;
        return new PlannedMoment(partnerKey, date, story.kind(), story.summary(), story.offered(), story.asked(),
                story.followUp(), due, done, story.people(), story.therapists(), goal);
    }

    private List<PlannedMoment> generated(PartnerRow partner) {
        if (partner.history() == null) {
            return List.of();
        }
        List<Integer> days = contactDays(partner.history());
        List<Template> set = templatesFor(partner);
        List<Template> sequence = sequence(set, days.size());
        List<PlannedMoment> moments = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            boolean latest = i == days.size() - 1;
            Template template = sequence.get(i);
            if (latest && !template.hasFollowUp()) {
                // The latest contact gets a follow-up, so open and forgotten follow-ups show up.
                template = set.stream().filter(t -> t.hasFollowUp() && !t.once()).findFirst().orElse(template);
            }
            moments.add(moment(partner, template, today.minusDays(days.get(i)), latest));
        }
        return moments;
    }

    /** Every template once in random order, then the repeatable ones reshuffled as often as needed. */
    private List<Template> sequence(List<Template> set, int length) {
        List<Template> repeatable = set.stream().filter(t -> !t.once()).toList();
        List<Template> sequence = shuffled(set);
        while (sequence.size() < length) {
            sequence.addAll(shuffled(repeatable.isEmpty() ? set : repeatable));
        }
        return sequence;
    }

    /** Days before today of each contact, oldest first; the latest is {@code lastDaysAgo}. */
    private List<Integer> contactDays(History history) {
        List<Integer> days = new ArrayList<>();
        double daysAgo = history.lastDaysAgo();
        int step = 0;
        while (daysAgo <= HORIZON_DAYS && (history.count() == null || days.size() < history.count())) {
            days.add((int) Math.round(daysAgo));
            daysAgo += gap(history, step++);
        }
        Collections.reverse(days);
        return days;
    }

    /** The gap before the {@code step}-th contact counted back from the latest one. */
    private double gap(History history, int step) {
        double usual = history.everyDays();
        double base = switch (history.trend()) {
            case REGULAR -> usual;
            // Counted back from today the gaps shrink: silence lately, frequent contact a year ago.
            case DECLINING -> Math.max(usual, usual * 2.2 * Math.pow(0.7, step));
        };
        return base * (0.75 + 0.5 * random.nextDouble());
    }

    private PlannedMoment moment(PartnerRow partner, Template template, LocalDate day, boolean latest) {
        LocalDate date = template.kind() == ContactKind.EVENT ? day : onWorkday(day);
        String offered = partner.history().askOnly() ? null : template.offered();
        LocalDate due = null;
        LocalDate done = null;
        if (template.hasFollowUp()) {
            due = date.plusDays(followUpDays(template.followUpInDays()));
            boolean leftOpen = latest && (!due.isBefore(today) || wentCold(partner));
            done = leftOpen ? null : doneOn(date, due);
        }
        return new PlannedMoment(partner.key(), date, template.kind(), template.summary(), offered, template.asked(),
                template.followUp(), due, done, people(partner), therapists(partner), null);
    }

    /** A live relationship whose latest contact is longer ago than its rhythm. */
    private static boolean wentCold(PartnerRow partner) {
        boolean live = partner.status() == PartnerStatus.ACTIVE || partner.status() == PartnerStatus.PROSPECT;
        return live && partner.history().lastDaysAgo() > partner.effectiveRhythmDays();
    }

    /** Done around the due date: never before the moment, never after today. */
    private LocalDate doneOn(LocalDate date, LocalDate due) {
        LocalDate done = due.minusDays(random.nextInt(4));
        if (done.isBefore(date)) {
            return date;
        }
        return done.isAfter(today) ? today : done;
    }

    private List<String> people(PartnerRow partner) {
        List<String> names = partner.people().stream().map(DemoData.PersonRow::name).toList();
        if (names.isEmpty()) {
            return List.of();
        }
        int first = random.nextInt(names.size());
        if (names.size() > 1 && random.nextDouble() < SECOND_PERSON_CHANCE) {
            return List.of(names.get(first), names.get((first + 1) % names.size()));
        }
        return List.of(names.get(first));
    }

    /** The partner's owner, sometimes with a colleague. */
    private List<String> therapists(PartnerRow partner) {
        String owner = partner.owner();
        if (random.nextDouble() < SECOND_THERAPIST_CHANCE) {
            List<String> others = therapistKeys.stream().filter(key -> !key.equals(owner)).toList();
            return List.of(owner, others.get(random.nextInt(others.size())));
        }
        return List.of(owner);
    }

    private List<Template> templatesFor(PartnerRow partner) {
        List<Template> set = templates.get(partner.templateSet());
        if (set == null || set.isEmpty()) {
            throw new IllegalStateException("No demo moment templates named " + partner.templateSet());
        }
        return set;
    }

    private List<Template> shuffled(List<Template> set) {
        List<Template> deck = new ArrayList<>(set);
        Collections.shuffle(deck, random);
        return deck;
    }

    /**
     * Meetings, calls and mails fall on workdays: a weekend day moves back to a day of the
     * week before it, so they do not pile up on Fridays.
     */
    private LocalDate onWorkday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.minusDays(1 + random.nextInt(5));
            case SUNDAY -> day.minusDays(2 + random.nextInt(5));
            default -> day;
        };
    }

    private static int followUpDays(Integer days) {
        return days != null ? days : DEFAULT_FOLLOW_UP_DAYS;
    }
}
