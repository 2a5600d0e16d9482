package nl.verbinder.service.brief;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.MomentView;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.domain.attention.AttentionItem;
import nl.verbinder.domain.brief.BriefSection;
import nl.verbinder.domain.brief.MeetingBrief;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.AttentionService;
import nl.verbinder.service.AttentionTexts;
import nl.verbinder.service.ContactMomentService;
import nl.verbinder.service.ContactPersonService;
import nl.verbinder.service.PartnerService;
import nl.verbinder.service.PracticeNetworkService;
import nl.verbinder.service.SharedGoalService;
import nl.verbinder.service.TherapistService;
import nl.verbinder.service.insight.MeetingBriefPdf;
import nl.verbinder.service.transfer.SafeOutput;

/**
 * "Gesprek voorbereiden": one partner's brief, as a value, as text (for the screen and the
 * clipboard) and as a one-page A4 PDF in the quarterly report's style.
 */
public final class MeetingBriefService {

    private static final int LAST_MOMENTS = 3;

    private final Clock clock;
    private final Path databaseLocation;
    private final PartnerService partners;
    private final ContactPersonService persons;
    private final ContactMomentService moments;
    private final SharedGoalService goals;
    private final TherapistService therapists;
    private final AttentionService attention;
    private final PracticeNetworkService networks;

    public MeetingBriefService(Clock clock, Path databaseLocation, PartnerService partners, ContactPersonService persons,
                               ContactMomentService moments, SharedGoalService goals, TherapistService therapists,
                               AttentionService attention, PracticeNetworkService networks) {
        this.clock = clock;
        this.databaseLocation = databaseLocation;
        this.partners = partners;
        this.persons = persons;
        this.moments = moments;
        this.goals = goals;
        this.therapists = therapists;
        this.attention = attention;
        this.networks = networks;
    }

    /** The brief of one partner as of today. */
    public MeetingBrief brief(long partnerId) {
        LocalDate today = LocalDate.now(clock);
        Partner partner = partners.get(partnerId);
        String owner = partner.ownerId() == null ? null : therapists.get(partner.ownerId()).name();
        List<ContactPerson> people = persons.forPartner(partnerId);
        List<MomentView> timeline = moments.timeline(partnerId);
        List<MomentView> open = timeline.stream().filter(v -> v.moment().hasOpenFollowUp())
                .sorted(Comparator.comparing((MomentView v) -> v.moment().followUpDue(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        int offered = (int) timeline.stream().filter(v -> v.moment().offered() != null).count();
        int asked = (int) timeline.stream().filter(v -> v.moment().asked() != null).count();
        List<SharedGoal> shared = goals.forPartner(partnerId);
        LocalDate last = timeline.isEmpty() ? null : timeline.getFirst().moment().date();
        Optional<AttentionItem> item = attention.itemFor(partnerId, today);
        return new MeetingBrief(today, partner, owner, people,
                timeline.subList(0, Math.min(LAST_MOMENTS, timeline.size())), open, timeline.size(), offered, asked,
                shared, last, item, networks.ofPartner(partnerId));
    }

    /** The brief as sections of text, in the user's language. */
    public List<BriefSection> sections(MeetingBrief brief, Messages m) {
        List<BriefSection> sections = new ArrayList<>();
        Partner p = brief.partner();
        List<String> who = new ArrayList<>();
        who.add(m.get(p.category().labelKey()) + " · " + m.get(p.status().labelKey())
                + (p.city() == null ? "" : " · " + p.city()));
        contact(who, p.phone(), p.email(), p.website());
        if (brief.ownerName() != null) {
            who.add(m.get("brief.owner", brief.ownerName()));
        }
        line(who, m, "brief.how-we-know", p.howWeKnowEachOther());
        line(who, m, "brief.they-mean", p.whatTheyMeanForUs());
        line(who, m, "brief.we-mean", p.whatWeMeanForThem());
        sections.add(new BriefSection(p.name(), who));

        sections.add(new BriefSection(m.get("brief.persons"), brief.persons().isEmpty()
                ? List.of(m.get("brief.persons.none"))
                : brief.persons().stream().map(c -> c.name() + (c.role() == null ? "" : " — " + c.role())
                        + join(" · ", c.phone(), c.email())).toList()));

        sections.add(new BriefSection(m.get("brief.moments"), brief.lastMoments().isEmpty()
                ? List.of(m.get("brief.moments.none"))
                : brief.lastMoments().stream().map(v -> m.date(v.moment().date()) + " · "
                        + m.get(v.moment().kind().labelKey()) + " · " + v.moment().summary()
                        + (v.moment().offered() == null ? "" : " " + m.get("brief.moment.offered", v.moment().offered()))
                        + (v.moment().asked() == null ? "" : " " + m.get("brief.moment.asked", v.moment().asked())))
                        .toList()));

        sections.add(new BriefSection(m.get("brief.follow-ups"), brief.openFollowUps().isEmpty()
                ? List.of(m.get("brief.follow-ups.none"))
                : brief.openFollowUps().stream().map(v -> followUp(m, brief.today(), v)).toList()));

        sections.add(new BriefSection(m.get("brief.balance"), List.of(m.get("brief.balance.line", brief.moments(),
                brief.offered(), brief.asked()), m.get(balanceKey(brief)))));

        sections.add(new BriefSection(m.get("brief.goals"), brief.goals().isEmpty()
                ? List.of(m.get("brief.goals.none"))
                : brief.goals().stream().map(g -> g.title() + " — " + m.get(g.status().labelKey())
                        + (g.targetDate() == null ? "" : " " + m.get("brief.goal.target", m.date(g.targetDate()))))
                        .toList()));

        sections.add(new BriefSection(m.get("brief.networks"), brief.networks().isEmpty()
                ? List.of(m.get("brief.networks.none"))
                : brief.networks().stream().map(n -> n.name() + " — " + m.get(n.phase().labelKey())
                        + n.members().stream().filter(x -> x.partnerId() == p.id() && x.role() != null).findFirst()
                                .map(x -> " · " + m.get("brief.network.role", x.role())).orElse(""))
                        .toList()));

        List<String> rhythm = new ArrayList<>();
        rhythm.add(brief.lastContact() == null ? m.get("brief.rhythm.never", brief.rhythmDays())
                : m.get("brief.rhythm.line", brief.rhythmDays(), m.date(brief.lastContact()),
                        m.date(brief.nextContactDue())));
        if (brief.attention().isPresent()) {
            brief.attention().get().reasons().forEach(r -> rhythm.add("• " + AttentionTexts.sentence(m, r)));
        } else {
            rhythm.add(m.get("brief.attention.none"));
        }
        sections.add(new BriefSection(m.get("brief.rhythm"), rhythm));
        return sections;
    }

    /** The brief as plain text, to paste into a mail or a note. */
    public String plainText(MeetingBrief brief, Messages m) {
        StringBuilder text = new StringBuilder(m.get("brief.title", brief.partner().name(), m.date(brief.today())))
                .append("\n");
        for (BriefSection section : sections(brief, m)) {
            text.append("\n").append(section.heading()).append("\n");
            section.lines().forEach(l -> text.append("  ").append(l).append("\n"));
        }
        return text.toString();
    }

    /**
     * Writes the brief as a one-page A4 PDF, as every output is written: readable by the user
     * only, never over the open database, whole or not at all.
     */
    public void writePdf(MeetingBrief brief, Messages m, Path target) {
        Path file = target.toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new VerbinderException("insights.report.target-is-folder", file.toString());
        }
        SafeOutput.writeFile(file, databaseLocation, temporary -> {
            try (OutputStream stream = Files.newOutputStream(temporary)) {
                MeetingBriefPdf.write(m.get("brief.title", brief.partner().name(), m.date(brief.today())),
                        sections(brief, m), m.get("brief.pdf.footer"), stream);
            }
        });
    }

    private static String followUp(Messages m, LocalDate today, MomentView v) {
        LocalDate due = v.moment().followUpDue();
        String when = due == null ? m.get("brief.follow-up.no-date")
                : due.isBefore(today) ? m.get("brief.follow-up.overdue", m.date(due)) : m.date(due);
        return m.get(v.moment().followUpTheirs() ? "brief.follow-up.theirs" : "brief.follow-up.ours") + " · " + when
                + " · " + v.moment().followUp() + " " + m.get("brief.follow-up.from", m.date(v.moment().date()),
                v.loggedByName() == null ? "—" : v.loggedByName());
    }

    private static String balanceKey(MeetingBrief brief) {
        if (brief.moments() == 0) {
            return "brief.balance.none";
        }
        if (brief.asked() > brief.offered()) {
            return "brief.balance.asking";
        }
        return brief.offered() > brief.asked() ? "brief.balance.giving" : "brief.balance.even";
    }

    private static void contact(List<String> lines, String... values) {
        String joined = join("", values);
        if (!joined.isEmpty()) {
            lines.add(joined.substring(3));
        }
    }

    private static String join(String prefix, String... values) {
        String joined = Arrays.stream(values).filter(v -> v != null && !v.isBlank())
                .collect(Collectors.joining(" · "));
        return joined.isEmpty() ? "" : (prefix.isEmpty() ? " · " : prefix) + joined;
    }

    private static void line(List<String> lines, Messages m, String key, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(m.get(key, value));
        }
    }
}
