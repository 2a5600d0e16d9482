package nl.verbinder.testutil;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.attention.PartnerFacts;
import nl.verbinder.domain.attention.PartnerFacts.GiveAsk;
import nl.verbinder.domain.attention.PartnerFacts.GoalProgress;
import nl.verbinder.domain.attention.PartnerFacts.OpenFollowUp;

/**
 * Readable attention facts for rule tests: {@code facts().gp().lastContact(d).build()}. By
 * default an active GP without owner, added long ago, with a contact yesterday and nothing
 * else going on, so it needs no attention.
 */
public final class PartnerFactsBuilder {

    private long id = 1;
    private String name = "Huisartsenpraktijk De Linde";
    private Category category = Category.GP;
    private PartnerStatus status = PartnerStatus.ACTIVE;
    private Integer trust;
    private Integer rhythm;
    private Long ownerId;
    private String ownerName;
    private LocalDate created = TestDatabase.TODAY.minusYears(3);
    private LocalDate lastContact = TestDatabase.TODAY.minusDays(1);
    private int recent = 2;
    private int earlier = 2;
    private final List<GiveAsk> giveAsk = new ArrayList<>();
    private final List<OpenFollowUp> followUps = new ArrayList<>();
    private final List<GoalProgress> goals = new ArrayList<>();

    public static PartnerFactsBuilder facts() {
        return new PartnerFactsBuilder();
    }

    public PartnerFactsBuilder id(long value) { id = value; return this; }
    public PartnerFactsBuilder named(String value) { name = value; return this; }
    public PartnerFactsBuilder inCategory(Category value) { category = value; return this; }
    public PartnerFactsBuilder withStatus(PartnerStatus value) { status = value; return this; }
    public PartnerFactsBuilder withTrust(Integer value) { trust = value; return this; }
    public PartnerFactsBuilder withRhythm(Integer value) { rhythm = value; return this; }
    public PartnerFactsBuilder ownedBy(long therapistId, String therapistName) {
        ownerId = therapistId;
        ownerName = therapistName;
        return this;
    }
    public PartnerFactsBuilder createdOn(LocalDate value) { created = value; return this; }
    public PartnerFactsBuilder lastContact(LocalDate value) { lastContact = value; return this; }
    public PartnerFactsBuilder neverContacted() { lastContact = null; recent = 0; earlier = 0; return this; }
    public PartnerFactsBuilder moments(int inEarlierWindow, int inRecentWindow) {
        earlier = inEarlierWindow;
        recent = inRecentWindow;
        return this;
    }
    /** Adds a moment with an offer or request, newest first. */
    public PartnerFactsBuilder gaveAndAsked(boolean offered, boolean asked) {
        giveAsk.add(new GiveAsk(offered, asked));
        return this;
    }
    public PartnerFactsBuilder openFollowUp(String text, LocalDate due) {
        followUps.add(new OpenFollowUp(100 + followUps.size(), text, due));
        return this;
    }
    public PartnerFactsBuilder goal(String title, LocalDate since, LocalDate lastServed) {
        goals.add(new GoalProgress(200 + goals.size(), title, since, lastServed));
        return this;
    }

    public PartnerFacts build() {
        return new PartnerFacts(id, name, category, status, trust, rhythm, ownerId, ownerName, created, lastContact,
                recent, earlier, giveAsk, followUps, goals);
    }
}
