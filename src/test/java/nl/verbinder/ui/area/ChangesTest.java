package nl.verbinder.ui.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who hears an announcement, and how often: a view that listens to several topics reloads once. */
class ChangesTest {

    private final Changes changes = new Changes();
    private final List<String> heard = new ArrayList<>();

    @Test
    void aListenerOfSeveralTopicsHearsAnAnnouncementOfBothOnce() {
        changes.listen(() -> heard.add("goals view"), Changes.Topic.GOALS, Changes.Topic.PARTNERS);
        changes.listen(() -> heard.add("trash"), Changes.Topic.PARTNERS);

        changes.announce(Changes.Topic.GOALS, Changes.Topic.PARTNERS);
        changes.announce(Changes.Topic.MOMENTS);
        changes.announce(Changes.Topic.PARTNERS);

        assertThat(heard).containsExactly("goals view", "trash", "goals view", "trash");
    }

    @Test
    void anAreaDoesNotReloadOnItsOwnAnnouncementButOnEveryOtherOne() {
        OwnAnnouncements goals = new OwnAnnouncements(changes);
        OwnAnnouncements partners = new OwnAnnouncements(changes);
        goals.listen(() -> heard.add("goals reload"), Changes.Topic.GOALS, Changes.Topic.PARTNERS);
        partners.listen(() -> heard.add("partners reload"), Changes.Topic.PARTNERS);

        goals.announce(Changes.Topic.GOALS, Changes.Topic.PARTNERS);
        assertThat(heard).containsExactly("partners reload");

        heard.clear();
        partners.announce(Changes.Topic.PARTNERS);
        assertThat(heard).containsExactly("goals reload");
    }

    @Test
    void aRowListenerGetsTheIdsAndTheOthersReloadWhole() {
        List<Set<Long>> rows = new ArrayList<>();
        changes.listenRows(Changes.Topic.PARTNERS, () -> heard.add("list whole"), rows::add);
        changes.listen(() -> heard.add("attention"), Changes.Topic.PARTNERS, Changes.Topic.MOMENTS);

        changes.announceRows(Changes.Topic.PARTNERS, Set.of(7L));

        assertThat(rows).containsExactly(Set.of(7L));
        assertThat(heard).containsExactly("attention");
    }
}
