package nl.verbinder.ui.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.domain.brief.BriefSection;
import nl.verbinder.ui.ViewModelTestBase;
import org.junit.jupiter.api.Test;

/** The meeting brief's view model without a window, on the sample practice. */
class MeetingBriefModelTest extends ViewModelTestBase {

    @Test
    void theBriefOfDeLindeShowsItsPeopleMomentsAndGoal() {
        MeetingBriefModel model = new MeetingBriefModel(fixture.context, fixture.sample.linde.id());
        List<String> done = new ArrayList<>();

        model.load(() -> done.add("loaded"));

        assertThat(done).containsExactly("loaded");
        assertThat(model.titleProperty().get()).isEqualTo("Gesprek voorbereiden: Huisartsenpraktijk De Linde (23-11-2026)");
        assertThat(model.sections()).extracting(BriefSection::heading).contains("Contactpersonen",
                "Laatste contactmomenten", "Open vervolgacties", "Gemeenschappelijke delers");
        assertThat(model.plainTextProperty().get()).contains("Marieke Jansen — praktijkondersteuner",
                "Flyer sturen", "Valpreventie voor ouderen in Oost", "Relatiebeheerder: Anna de Vries");
        assertThat(model.suggestedFileName()).isEqualTo("Gesprek Huisartsenpraktijk-De-Linde 2026-11-23.pdf");
    }

    @Test
    void savingThePdfWritesItAndSaysWhere() throws Exception {
        MeetingBriefModel model = new MeetingBriefModel(fixture.context, fixture.sample.linde.id());
        model.load(() -> { });
        Path pdf = folder.resolve("gesprek.pdf");
        List<Path> written = new ArrayList<>();

        model.savePdf(pdf, written::add);

        assertThat(written).containsExactly(pdf);
        assertThat(Files.size(pdf)).isPositive();
        assertThat(fixture.notifications).anySatisfy(n -> assertThat(n).contains("gesprek.pdf"));
    }
}
