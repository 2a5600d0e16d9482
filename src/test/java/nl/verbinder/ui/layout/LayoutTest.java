package nl.verbinder.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.domain.PersonalData;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.Services;
import nl.verbinder.service.ServicesFactory;
import nl.verbinder.service.demo.GeneratorService;
import nl.verbinder.testutil.TestDatabase;
import nl.verbinder.ui.MainWindow;
import nl.verbinder.ui.area.Area;
import nl.verbinder.ui.area.UiSettings;
import nl.verbinder.ui.fx.SameThreadTaskRunner;
import nl.verbinder.ui.fx.Theme;
import nl.verbinder.ui.insight.ReportDialog;
import nl.verbinder.ui.moments.MomentForm;
import nl.verbinder.ui.moments.MomentFormDialog;
import nl.verbinder.ui.partners.Inzage;
import nl.verbinder.ui.partners.PersonDialogs;
import nl.verbinder.ui.shell.WindowSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every area and the main dialogs, at a laptop's 1024×640, at 1280×800 and at 1920×1080, in
 * Dutch and English, over the demo practice, an empty database and a practice of 5,000
 * partners: no text is shortened where it should show in full, none runs out of the window,
 * and nothing overlaps ({@link LayoutCheck}). The databases are made once; each size gets one
 * window, in which every area is shown in turn.
 */
class LayoutTest {

    private static final int[][] SIZES = {{1024, 640}, {1280, 800}, {1920, 1080}};

    @TempDir
    static Path folder;

    private static final Map<String, TestDatabase> DATABASES = new LinkedHashMap<>();

    @BeforeAll
    static void databases() throws Exception {
        FxToolkit.registerPrimaryStage();
        TestDatabase demo = TestDatabase.in(Files.createDirectories(folder.resolve("demo")));
        demo.services().demo().fill();
        DATABASES.put("demo", demo);
        DATABASES.put("empty", TestDatabase.in(Files.createDirectories(folder.resolve("empty"))));
        TestDatabase large = TestDatabase.in(Files.createDirectories(folder.resolve("large")));
        large.services().generator().generate(new GeneratorService.Spec(5_000, 5_000, 1, TestDatabase.TODAY));
        DATABASES.put("5000", large);
    }

    @AfterAll
    static void close() {
        DATABASES.values().forEach(TestDatabase::close);
        DATABASES.clear();
    }

    static Stream<Arguments> practices() {
        return Stream.of("demo", "empty", "5000").flatMap(db -> Stream.of(Arguments.of(db, "nl"), Arguments.of(db, "en")));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("practices")
    void everyAreaAndDialogReadsInFullAtEverySize(String practice, String language) throws Exception {
        Services services = DATABASES.get(practice).services();
        Messages messages = Messages.forLanguage(language);

        List<String> problems = WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            for (int[] size : SIZES) {
                found.addAll(window(services, messages, size[0], size[1], practice + "/" + language + "/"
                        + size[0] + "x" + size[1]));
            }
            return found;
        }).get(5, TimeUnit.MINUTES);

        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    private static List<String> window(Services services, Messages messages, int width, int height, String where) {
        List<String> problems = new ArrayList<>();
        UiSettings settings = UiSettings.inMemory();
        MainWindow window = new MainWindow(new Stage(), services, messages,
                new WindowSetup(fixed(services), settings, new SameThreadTaskRunner(), Duration.ZERO));
        Scene scene = window.createScene(width, height);
        Long showcase = showcase(services);
        for (Area area : Area.values()) {
            window.navigator().show(area);
            if (area == Area.PARTNERS && showcase != null) {
                window.navigator().showPartner(showcase);
                problems.addAll(LayoutCheck.problems(laidOut(scene), where + "/" + area.code()));
                TabPane tabs = (TabPane) scene.getRoot().lookupAll(".tab-pane").stream()
                        .filter(n -> n instanceof TabPane t && t.getTabs().stream().anyMatch(tab -> "tab-persons".equals(tab.getId())))
                        .findFirst().orElseThrow();
                for (int i = 1; i < tabs.getTabs().size(); i++) {
                    tabs.getSelectionModel().select(i);
                    problems.addAll(LayoutCheck.problems(laidOut(scene), where + "/partner tab " + tabs.getTabs().get(i).getId()));
                }
                tabs.getSelectionModel().select(0);
                continue;
            }
            problems.addAll(LayoutCheck.problems(laidOut(scene), where + "/" + area.code()));
        }
        window.navigator().show(Area.PARTNERS);
        MomentForm form = MomentForm.forNew(window.context(), showcase);
        MomentFormDialog log = new MomentFormDialog(window.context(), form);
        form.load();
        problems.addAll(dialog(log.pane(), width, height, where + "/log dialog"));
        problems.addAll(dialog(new ReportDialog(window.context(), "").getDialogPane(), width, height, where + "/report dialog"));
        nl.verbinder.ui.week.MyWeekModel week = new nl.verbinder.ui.week.MyWeekModel(window.context());
        week.load();
        problems.addAll(dialog(new nl.verbinder.ui.week.MyWeekDialog(window.context(), week).pane(), width, height,
                where + "/my week"));
        ContactPerson person = showcase == null ? null
                : services.contactPersons().forPartner(showcase).stream().findFirst().orElse(null);
        if (person != null) {
            PersonalData data = services.personalData().gather(person.id());
            Inzage inzage = new Inzage(data, services.personalData().historySentences(data, window.context().messages()));
            problems.addAll(dialog(PersonDialogs.personalData(window.context(), inzage), width, height,
                    where + "/personal data"));
            problems.addAll(dialog(PersonDialogs.erase(window.context(), person), width, height, where + "/erase person"));
        }
        return problems;
    }

    /** A dialog's pane at its own size (at most the window's), as it appears over the window. */
    private static List<String> dialog(DialogPane pane, int width, int height, String where) {
        StackPane frame = new StackPane(pane);
        pane.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        Scene scene = new Scene(frame, width, height);
        scene.getStylesheets().add(Theme.STYLESHEET);
        return LayoutCheck.problems(laidOut(scene), where);
    }

    private static Scene laidOut(Scene scene) {
        for (int i = 0; i < 3; i++) {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }
        return scene;
    }

    private static Long showcase(Services services) {
        List<PartnerOverview> partners = services.partners().list(PartnerQuery.all());
        return partners.stream()
                .filter(p -> p.lastContact() != null)
                .max(Comparator.comparing(PartnerOverview::lastContact).thenComparing(PartnerOverview::contactPersonCount))
                .or(() -> partners.stream().findFirst())
                .map(PartnerOverview::id)
                .orElse(null);
    }

    private static ServicesFactory fixed(Services services) {
        return new ServicesFactory() {
            @Override
            public Services open(Path location) {
                throw new IllegalStateException("the layout test opens no other database");
            }

            @Override
            public Path defaultLocation() {
                return services.location();
            }
        };
    }
}
