package nl.verbinder.ui.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.verbinder.domain.PartnerBulkChange;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.ui.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Partners list's view model without a window: search, trash and restore, on a real database file. */
class PartnerListViewModelTest {

    @TempDir
    Path folder;
    private ViewModelFixture fixture;
    private PartnerListViewModel model;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder);
        model = new PartnerListViewModel(fixture.context);
        model.reload();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void typingASearchLeavesTheMatchingPartners() {
        assertThat(model.rows()).hasSize(7);

        model.searchProperty().set("wetering");

        assertThat(model.rows()).extracting(PartnerRow::name).containsExactly("Zwembad De Wetering");
        assertThat(model.isFiltered()).isTrue();
    }

    @Test
    void movingToTheTrashAndRestoringComesBackInTheList() {
        long id = fixture.sample.zwembad.id();
        List<String> steps = new ArrayList<>();

        model.moveToTrash(List.of(id), () -> steps.add("trashed"));
        model.reload();
        assertThat(model.rows()).extracting(PartnerRow::id).doesNotContain(id);

        model.restore(List.of(id), () -> steps.add("restored"));
        model.reload();
        assertThat(model.rows()).extracting(PartnerRow::id).contains(id);
        assertThat(steps).containsExactly("trashed", "restored");
    }

    @Test
    void aBulkChangeOnAStaleVersionChangesNothingAndSaysWhy() {
        long id = fixture.sample.zwembad.id();
        List<Integer> changed = new ArrayList<>();

        model.changeMany(Map.of(id, 99), PartnerBulkChange.none().withStatus(PartnerStatus.DORMANT),
                changed::add, () -> { });

        assertThat(changed).isEmpty();
        assertThat(fixture.errors).isNotEmpty();
        assertThat(fixture.services().partners().list(PartnerQuery.all().withSearch("wetering")).getFirst()
                .partner().status()).isEqualTo(PartnerStatus.ACTIVE);
    }

    @Test
    void reloadingSomeRowsReplacesOnlyThoseAndLeavesOutOnesThatNoLongerMatch() {
        model.searchProperty().set("");
        int fullLoads = model.fullLoads();
        List<PartnerRow> before = List.copyOf(model.rows());
        var zwembad = fixture.services().partners().get(fixture.sample.zwembad.id());
        fixture.services().partners().update(zwembad.toBuilder().name("Zwembad De Wetering (nieuw)").build());

        model.reloadRows(java.util.Set.of(zwembad.id()));

        assertThat(model.fullLoads()).as("no whole list was loaded").isEqualTo(fullLoads);
        assertThat(model.rows()).hasSize(before.size()).extracting(PartnerRow::name)
                .contains("Zwembad De Wetering (nieuw)").doesNotContain("Zwembad De Wetering");
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i).id() != zwembad.id()) {
                assertThat(model.rows().get(i)).as("the other rows are the same objects").isSameAs(before.get(i));
            }
        }

        // Filtered on its category, a partner moved to another category leaves the list.
        model.categoryProperty().set(zwembad.category());
        int filteredLoads = model.fullLoads();
        int shown = model.rows().size();
        assertThat(model.rows()).extracting(PartnerRow::id).contains(zwembad.id());
        var other = java.util.Arrays.stream(nl.verbinder.domain.Category.values())
                .filter(c -> c != zwembad.category()).findFirst().orElseThrow();
        var latest = fixture.services().partners().get(zwembad.id());
        fixture.services().partners().update(latest.toBuilder().category(other).build());

        model.reloadRows(java.util.Set.of(zwembad.id()));

        assertThat(model.rows()).extracting(PartnerRow::id).doesNotContain(zwembad.id()).hasSize(shown - 1);
        assertThat(model.fullLoads()).isEqualTo(filteredLoads);
    }
}
