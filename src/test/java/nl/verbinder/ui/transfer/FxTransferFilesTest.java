package nl.verbinder.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FxTransferFilesTest {

    @Test
    void aNameWithoutExtensionGetsTheOneOfItsKind() {
        assertThat(FxTransferFiles.withExtension(Path.of("/tmp/partners"), FileKind.CSV)).isEqualTo(Path.of("/tmp/partners.csv"));
        assertThat(FxTransferFiles.withExtension(Path.of("/tmp/hersteld"), FileKind.DATABASE))
                .isEqualTo(Path.of("/tmp/hersteld.db"));
    }

    @Test
    void aNameWithAnExtensionStaysAsTyped() {
        assertThat(FxTransferFiles.withExtension(Path.of("/tmp/lijst.txt"), FileKind.CSV)).isEqualTo(Path.of("/tmp/lijst.txt"));
    }
}
