package nl.verbinder.ui.practice;

import static org.assertj.core.api.Assertions.assertThat;

import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.TherapistRole;
import nl.verbinder.ui.ViewModelTestBase;
import nl.verbinder.ui.fx.FieldMerge;
import org.junit.jupiter.api.Test;

/**
 * A therapist's form after an edit conflict (a form on {@code RecordForm}): the merge starts
 * from the therapist as the form opened it, is saved on top of the latest version, and the
 * form then stands on what it saved, so a second save is not a conflict.
 */
class TherapistMergeTest extends ViewModelTestBase {

    private Therapist stored() {
        return fixture.services().therapists().get(fixture.sample.bram.id());
    }

    @Test
    void theMergeIsSavedOnTopOfTheLatestVersionAndTheFormStandsOnIt() {
        TherapistEditor editor = new TherapistEditor(fixture.context, stored(), () -> { });
        editor.competencesProperty().set("Valpreventie, sportblessures");
        editor.edited("competences");
        Therapist before = stored();
        fixture.services().therapists().update(new Therapist(before.id(), before.name(), TherapistRole.PRACTICE_OWNER,
                before.active(), before.competences(), before.createdAt(), before.updatedAt(), before.version()));
        int theirs = stored().version();
        fixture.mergeAnswer = merge -> {
            assertThat(merge.rows()).extracting(FieldMerge.Row::name).containsExactly("role", "competences");
            assertThat(merge.rows()).extracting(r -> r.takeTheirs().get()).containsExactly(true, false);
            return FieldMerge.Answer.SAVE_MERGED;
        };

        editor.save(() -> { });

        assertThat(fixture.merges).hasSize(1);
        Therapist merged = stored();
        assertThat(merged.version()).isEqualTo(theirs + 1);
        assertThat(merged.role()).isEqualTo(TherapistRole.PRACTICE_OWNER);
        assertThat(merged.competences()).isEqualTo("Valpreventie, sportblessures");

        editor.nameProperty().set("Bram van den Berg-Smit");
        editor.edited("name");
        editor.save(() -> { });

        assertThat(fixture.merges).hasSize(1);
        assertThat(stored().name()).isEqualTo("Bram van den Berg-Smit");
        assertThat(stored().role()).isEqualTo(TherapistRole.PRACTICE_OWNER);
    }
}
