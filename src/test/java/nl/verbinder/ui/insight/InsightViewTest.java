package nl.verbinder.ui.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import nl.verbinder.domain.insight.InsightCharts;
import nl.verbinder.domain.insight.MonthSeries;
import nl.verbinder.ui.AreaTestBase;
import nl.verbinder.ui.AreasRobot;
import nl.verbinder.ui.FxWait;
import nl.verbinder.ui.SamplePractice;
import nl.verbinder.ui.WindowFixture;
import nl.verbinder.ui.area.Area;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The Inzicht view on a sample practice: the charts carry the service's numbers, stacking, PNG export, the report. */
class InsightViewTest extends AreaTestBase {

    private SamplePractice sample;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage);
        sample = SamplePractice.in(fixture.services());
        fixture.show();
    }

    private InsightView open(FxRobot robot) {
        robot.clickOn("#area-insight");
        return (InsightView) fixture.window().view(Area.INSIGHT);
    }

    @SuppressWarnings("unchecked")
    private static <X, Y> List<XYChart.Series<X, Y>> series(InsightView view, String card) {
        return ((XYChart<X, Y>) view.card(card).chart()).getData();
    }

    private static <X, Y> XYChart.Series<X, Y> named(List<XYChart.Series<X, Y>> all, String name) {
        return all.stream().filter(s -> name.equals(s.getName())).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + all.stream().map(XYChart.Series::getName).toList()));
    }

    private static Number value(XYChart.Series<String, Number> series, String category) {
        return series.getData().stream().filter(d -> category.equals(d.getXValue())).findFirst().orElseThrow()
                .getYValue();
    }

    /** The messages of the notifications that are showing. */
    private static List<String> notifications(FxRobot robot) {
        return robot.lookup(".notifications").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .filter(n -> n instanceof atlantafx.base.controls.Notification)
                .map(n -> ((atlantafx.base.controls.Notification) n).getMessage()).toList();
    }

    @Test
    void theTrustValueChartPlacesEachCheckedPartnerByItsAdvice(FxRobot robot) {
        var checks = fixture.services().relationshipChecks();
        checks.save(sample.linde.id(), java.util.Map.of(
                nl.verbinder.domain.relationship.RelationshipQuestion.OPENNESS, 4,
                nl.verbinder.domain.relationship.RelationshipQuestion.RELIABILITY, 4,
                nl.verbinder.domain.relationship.RelationshipQuestion.SHARED_MISSION, 4,
                nl.verbinder.domain.relationship.RelationshipQuestion.INFLUENCE, 3,
                nl.verbinder.domain.relationship.RelationshipQuestion.INVOLVEMENT, 3,
                nl.verbinder.domain.relationship.RelationshipQuestion.CONTRIBUTION, 3));
        checks.save(sample.zwembad.id(), java.util.Map.of(
                nl.verbinder.domain.relationship.RelationshipQuestion.OPENNESS, 1,
                nl.verbinder.domain.relationship.RelationshipQuestion.RELIABILITY, 2,
                nl.verbinder.domain.relationship.RelationshipQuestion.SHARED_MISSION, 1,
                nl.verbinder.domain.relationship.RelationshipQuestion.INFLUENCE, 1,
                nl.verbinder.domain.relationship.RelationshipQuestion.INVOLVEMENT, 1,
                nl.verbinder.domain.relationship.RelationshipQuestion.CONTRIBUTION, 2));

        InsightView view = open(robot);
        nl.verbinder.ui.FxWait.until("the trust × value chart has points", () -> view.card("trust-value").chart()
                .isVisible());

        List<XYChart.Series<Number, Number>> all = series(view, "trust-value");
        assertThat(all).extracting(XYChart.Series::getName).containsExactly("Investeren", "Onderhouden", "Loslaten");
        assertThat(named(all, "Onderhouden").getData()).singleElement().satisfies(d -> {
            assertThat(d.getXValue().doubleValue()).isEqualTo(4.0);
            assertThat(d.getYValue().doubleValue()).isEqualTo(3.0);
        });
        assertThat(named(all, "Loslaten").getData()).hasSize(1);
        assertThat(named(all, "Investeren").getData()).isEmpty();
    }

    @Test
    void theMomentsChartShowsTheServicesCountsPerTherapistAndPerKind(FxRobot robot) {
        InsightView view = open(robot);
        YearMonth now = YearMonth.from(fixture.services().clock().instant().atZone(fixture.services().clock().getZone()));
        InsightCharts expected = fixture.services().insights().charts(now.minusMonths(11), now);
        MonthSeries anna = expected.byTherapist().series().stream()
                .filter(s -> "Anna de Vries".equals(s.therapistName())).findFirst().orElseThrow();
        String october = "okt 2026";
        int octoberIndex = expected.byTherapist().months().indexOf(YearMonth.of(2026, 10));

        List<XYChart.Series<String, Number>> byTherapist = series(view, "moments");
        assertThat(byTherapist).extracting(XYChart.Series::getName).containsExactly("Anna de Vries", "Bram van den Berg");
        assertThat(value(named(byTherapist, "Anna de Vries"), october)).isEqualTo(anna.counts().get(octoberIndex))
                .isEqualTo(1);
        assertThat(value(named(byTherapist, "Bram van den Berg"), "nov 2026\n(t/m 23)")).isEqualTo(1);
        assertThat(byTherapist.getFirst().getData()).hasSize(12);

        robot.clickOn("#insight-by-kind");

        List<XYChart.Series<String, Number>> byKind = series(view, "moments");
        assertThat(byKind).extracting(XYChart.Series::getName).containsExactly("Persoonlijk", "Telefoon");
        assertThat(value(named(byKind, "Telefoon"), "nov 2026\n(t/m 23)")).isEqualTo(1);
    }

    @Test
    void giveAskGoalsPartnersAndMissingFactorsAreShown(FxRobot robot) {
        InsightView view = open(robot);

        List<XYChart.Series<String, Number>> giveAsk = series(view, "give-ask");
        assertThat(value(named(giveAsk, "Aangeboden"), "okt 2026")).isEqualTo(1);
        assertThat(value(named(giveAsk, "Gevraagd"), "okt 2026")).isEqualTo(1);
        assertThat(value(named(giveAsk, "Gevraagd"), "nov 2026\n(t/m 23)")).isEqualTo(0);
        List<XYChart.Series<Number, String>> goals = series(view, "goals");
        assertThat(goals.getFirst().getData().stream().filter(d -> "Lopend".equals(d.getYValue())).findFirst()
                .orElseThrow().getXValue()).isEqualTo(1);
        List<XYChart.Series<Number, String>> partners = series(view, "partners");
        assertThat(partners).extracting(XYChart.Series::getName).containsExactly("Prospect", "Actief", "Slapend",
                "Beëindigd");
        assertThat(named(partners, "Actief").getData().stream().filter(d -> "Huisarts".equals(d.getYValue()))
                .findFirst().orElseThrow().getXValue()).as("De Linde and the long-named GP").isEqualTo(2);
        assertThat(AreasRobot.text(robot, "#insight-factors-note")).contains("Bevolking", "Gezondheid");
    }

    @Test
    void exportingAChartWritesAPng(FxRobot robot) throws Exception {
        InsightView view = open(robot);
        Path png = folder.resolve("momenten.png");
        List<String> suggested = new java.util.ArrayList<>();
        view.pngTarget(name -> {
            suggested.add(name);
            return Optional.of(png);
        });

        robot.clickOn("#insight-moments-export");

        assertThat(suggested).singleElement().asString().startsWith("inzicht-moments-").endsWith(".png");
        assertThat(png).exists();
        assertThat(java.nio.file.Files.getPosixFilePermissions(png)).as("owner-only, as every export")
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(200);
        assertThat(image.getHeight()).isGreaterThan(150);
        assertThat(notifications(robot))
                .anyMatch(t -> t.contains("momenten.png"));
    }

    @Test
    void aPeriodThatEndsBeforeItBeginsSaysSo(FxRobot robot) {
        InsightView view = open(robot);

        robot.interact(() -> {
            view.model().periodProperty().set(InsightViewModel.Period.CUSTOM);
            view.model().fromProperty().set(YearMonth.of(2026, 10));
            view.model().toProperty().set(YearMonth.of(2026, 3));
        });

        assertThat(AreasRobot.text(robot, "#insight-problem")).contains("eindigt voor ze begint");

        robot.interact(() -> view.model().toProperty().set(YearMonth.of(2026, 11)));

        assertThat(robot.lookup("#insight-problem").query().isVisible()).isFalse();
        assertThat(series(view, "moments").getFirst().getData()).hasSize(2);
    }

    @Test
    void theQuarterlyReportIsMadeFromTheMenuAndAsksForThePracticesNameWhenItHasNone(FxRobot robot) throws Exception {
        Path pdf = folder.resolve("rapport-q3.pdf");
        robot.clickOn("Bestand").clickOn("#menu-quarterly-report");
        FxWait.until("the report dialog", () -> robot.lookup("#report-file").tryQuery().isPresent());
        robot.interact(() -> {
            TextField file = robot.lookup("#report-file").queryAs(TextField.class);
            file.setText(pdf.toString());
        });
        javafx.scene.Node make = robot.lookup("#report-make").query();
        assertThat(robot.lookup("#report-practice").tryQuery()).as("the sample practice has no name").isPresent();
        assertThat(make.isDisabled()).as("no report without a name").isTrue();

        robot.clickOn("#report-practice").write("Fysio De Brug");
        assertThat(make.isDisabled()).isFalse();
        AreasRobot.pressInDialog(robot, "Rapport maken");

        FxWait.until("the report written", () -> Files.exists(pdf) && !notifications(robot).stream()
                .filter(t -> t.contains("rapport-q3.pdf")).toList().isEmpty());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Fysio De Brug").doesNotContain("nog niet ingevuld");
        }
        assertThat(notifications(robot))
                .anyMatch(t -> t.contains("3e kwartaal 2026") && t.contains("rapport-q3.pdf"));
        assertThat(Files.size(pdf)).isPositive();
    }

    @Test
    void theReportDialogDoesNotAskForANameThePracticeHas(FxRobot robot) {
        var profile = fixture.services().practice().get();
        fixture.services().practice().save(new nl.verbinder.domain.PracticeProfile("Fysio De Brug", null, null, null,
                null, null, null, null, profile.updatedAt(), profile.version()));
        robot.clickOn("Bestand").clickOn("#menu-quarterly-report");
        FxWait.until("the report dialog", () -> robot.lookup("#report-file").tryQuery().isPresent());

        assertThat(robot.lookup("#report-practice").tryQuery()).isEmpty();
        assertThat(robot.lookup("#report-make").query().isDisabled()).isFalse();
        AreasRobot.pressInDialog(robot, "Annuleren");
    }
}
