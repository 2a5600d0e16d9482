package nl.verbinder.ui;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.domain.PersonalData;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.Services;
import nl.verbinder.service.ServicesFactory;
import nl.verbinder.service.transfer.SafeOutput;
import nl.verbinder.ui.area.Area;
import nl.verbinder.ui.area.UiSettings;
import nl.verbinder.ui.fx.SameThreadTaskRunner;
import nl.verbinder.ui.fx.Theme;
import nl.verbinder.ui.moments.MomentForm;
import nl.verbinder.ui.moments.MomentFormDialog;
import nl.verbinder.ui.partners.Inzage;
import nl.verbinder.ui.partners.PersonDialogs;
import nl.verbinder.ui.shell.WindowSetup;

/**
 * Renders every area of the main window to a PNG (1280×800 unless told otherwise), without showing it: the
 * window is built in a scene that is never put on a screen, its work runs on the spot (so
 * everything is loaded), and {@link Scene#snapshot} draws it. Runs on the FX thread.
 */
public final class Screenshots {

    private final Services services;
    private final Messages messages;
    private final boolean dark;
    private final double width;
    private final double height;

    public Screenshots(Services services, Messages messages, boolean dark) {
        this(services, messages, dark, MainWindow.WIDTH, MainWindow.HEIGHT);
    }

    /** Renders at {@code width}×{@code height} instead of the window's default size. */
    public Screenshots(Services services, Messages messages, boolean dark, double width, double height) {
        this.services = services;
        this.messages = messages;
        this.dark = dark;
        this.width = width;
        this.height = height;
    }

    /** Writes one PNG per area, named {@code NN-area.png}, and returns them. */
    public List<Path> renderAll(Path folder) {
        UiSettings settings = UiSettings.inMemory();
        settings.theme(dark ? Theme.DARK : Theme.LIGHT);
        MainWindow window = new MainWindow(new Stage(), services, messages,
                new WindowSetup(fixed(services), settings, new SameThreadTaskRunner(), Duration.ZERO));
        Scene scene = window.createScene(width, height);
        List<Path> files = new ArrayList<>();
        Long showcase = showcase();
        int number = 1;
        for (Area area : Area.values()) {
            window.navigator().show(area);
            if (area == Area.PARTNERS && showcase != null) {
                window.navigator().showPartner(showcase);
            }
            Path file = folder.resolve(String.format("%02d-%s.png", number++, area.code()));
            files.add(write(scene, services.location(), file));
        }
        window.navigator().show(Area.PARTNERS);
        files.add(logDialog(window, scene, showcase, folder.resolve(String.format("%02d-log-moment.png", number++))));
        ContactPerson person = showcase == null ? null
                : services.contactPersons().forPartner(showcase).stream().findFirst().orElse(null);
        if (person != null) {
            PersonalData data = services.personalData().gather(person.id());
            files.add(overWindow(scene, PersonDialogs.personalData(window.context(),
                    new Inzage(data, services.personalData().historySentences(data, window.context().messages()))),
                    folder.resolve(String.format("%02d-personal-data.png", number++))));
            files.add(overWindow(scene, PersonDialogs.erase(window.context(), person),
                    folder.resolve(String.format("%02d-erase-person.png", number))));
        }
        return files;
    }

    /** The partner to show: the one with the latest contact moment (the demo's liveliest), else the first. */
    private Long showcase() {
        var partners = services.partners().list(PartnerQuery.all());
        return partners.stream()
                .filter(p -> p.lastContact() != null)
                .max(Comparator.comparing(PartnerOverview::lastContact).thenComparing(PartnerOverview::contactPersonCount))
                .or(() -> partners.stream().findFirst())
                .map(PartnerOverview::id)
                .orElse(null);
    }

    /** The log dialog filled in, drawn over the dimmed window as it would appear. */
    private Path logDialog(MainWindow window, Scene scene, Long partner, Path file) {
        MomentForm form = MomentForm.forNew(window.context(), partner);
        MomentFormDialog dialog = new MomentFormDialog(window.context(), form);
        form.load();
        form.fillIn(ContactKind.IN_PERSON, messages.get("ui.screenshots.example.summary"),
                messages.get("ui.screenshots.example.offered"), messages.get("ui.screenshots.example.asked"),
                messages.get("ui.screenshots.example.follow-up"),
                LocalDate.now(services.clock()).plusWeeks(2));
        return overWindow(scene, dialog.pane(), file);
    }

    /** A dialog drawn over the dimmed window, as it would appear. */
    private Path overWindow(Scene scene, DialogPane pane, Path file) {
        for (int i = 0; i < 3; i++) {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }
        WritableImage background = scene.snapshot(null);
        StackPane dialogFrame = new StackPane(pane);
        dialogFrame.getStyleClass().add("screenshot-dialog");
        dialogFrame.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        Region scrim = new Region();
        scrim.setStyle("-fx-background-color: rgba(0, 0, 0, 0.35);");
        StackPane composed = new StackPane(new ImageView(background), scrim, dialogFrame);
        Scene dialogScene = new Scene(composed, width, height);
        dialogScene.getStylesheets().add(Theme.STYLESHEET);
        return write(dialogScene, services.location(), file);
    }

    /** Lays the scene out until it is stable (virtual lists fill their cells over a few passes), then draws it. */
    static Path write(Scene scene, Path database, Path file) {
        for (int i = 0; i < 3; i++) {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }
        WritableImage image = scene.snapshot(null);
        // Owner-only, written aside and moved into place, never over the database (see SafeOutput).
        SafeOutput.writeFile(file, database, temporary -> {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
            }
        });
        return file;
    }

    /** The window may not open other databases while it is being drawn. */
    private static ServicesFactory fixed(Services services) {
        return new ServicesFactory() {
            @Override
            public Services open(Path location) {
                throw new VerbinderException("ui.screenshots.unavailable");
            }

            @Override
            public Path defaultLocation() {
                return services.location();
            }
        };
    }
}
