package nl.verbinder.ui.area;

import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.service.transfer.SafeOutput;

/** Saves a picture of part of the window (the network map, a chart) as a PNG file. */
public final class PngFiles {

    private PngFiles() {
    }

    /**
     * Writes the picture to the file in the background: owner-only, written aside and moved into
     * place, never over the open database (see SafeOutput). Then tells the user with the
     * message {@code doneKey}, which gets the file's name.
     *
     * @param noWriter the refusal when Java has no PNG writer
     */
    public static void save(UiContext context, WritableImage image, Path target, String doneKey,
            Supplier<VerbinderException> noWriter) {
        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        Path database = context.databaseLocation();
        context.run(() -> {
            SafeOutput.writeFile(target, database, file -> {
                try (OutputStream out = Files.newOutputStream(file)) {
                    if (!ImageIO.write(picture, "png", out)) {
                        throw noWriter.get();
                    }
                }
            });
            return target;
        }, written -> context.notifier().notify(context.text(doneKey, written.getFileName())));
    }
}
