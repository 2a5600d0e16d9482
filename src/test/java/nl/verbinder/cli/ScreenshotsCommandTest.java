package nl.verbinder.cli;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenshotsCommandTest {

    @TempDir
    Path folder;

    @Test
    void rendersEveryAreaAt1280By800() throws Exception {
        try (TestDatabase database = TestDatabase.in(folder)) {
            database.services().partners().create(aPartner().named("Huisartsenpraktijk De Linde").build());
        }
        Path out = folder.resolve("beelden");

        CliRun run = CliRun.on(folder.resolve("verbinder.db"), "screenshots", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("01-attention.png")).exists();
        assertThat(out.resolve(String.format("%02d-trash.png", nl.verbinder.ui.area.Area.values().length))).exists();
        BufferedImage partners = ImageIO.read(out.resolve("02-partners.png").toFile());
        assertThat(partners.getWidth()).isEqualTo(1280);
        assertThat(partners.getHeight()).isEqualTo(800);
        assertThat(run.out()).contains("02-partners.png");
    }

    @Test
    void picturesAndTheirFolderAreOwnerOnlyAlsoInAnEarlierOpenFolder() throws Exception {
        try (TestDatabase database = TestDatabase.in(folder)) {
            database.services().partners().create(aPartner().named("Huisartsenpraktijk De Linde").build());
        }
        Path out = Files.createDirectories(folder.resolve("beelden"));
        Files.writeString(out.resolve("01-attention.png"), "an earlier picture");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(out.resolve("01-attention.png"), PosixFilePermissions.fromString("rw-r--r--"));

        CliRun run = CliRun.on(folder.resolve("verbinder.db"), "screenshots", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        try (Stream<Path> pictures = Files.list(out)) {
            List<Path> all = pictures.toList();
            assertThat(all).hasSizeGreaterThan(5).allSatisfy(p -> assertThat(p.getFileName().toString()).endsWith(".png"));
            for (Path picture : all) {
                assertThat(Files.getPosixFilePermissions(picture)).as(picture.toString())
                        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            }
        }
    }

    @Test
    void unknownThemeIsRefused() {
        CliRun run = CliRun.on(folder.resolve("verbinder.db"), "screenshots", "--out", folder.toString(), "--theme", "roze");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Onbekend thema 'roze'");
    }

    @Test
    void emptyDatabaseGetsAHintToRunDemoFirst() {
        CliRun run = CliRun.on(folder.resolve("leeg.db"), "screenshots", "--out", folder.resolve("b").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("is leeg").contains("demo");
    }
}
