package nl.verbinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataLocationTest {

    @Test
    void linuxUsesXdgDataHome() {
        assertThat(DataLocation.defaultDatabase(Map.of("XDG_DATA_HOME", "/data/anna"), "Linux", "/home/anna"))
                .isEqualTo(Path.of("/data/anna/verbinder/verbinder.db"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertThat(DataLocation.defaultDatabase(Map.of(), "Linux", "/home/anna"))
                .isEqualTo(Path.of("/home/anna/.local/share/verbinder/verbinder.db"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataLocation.dataFolder(Map.of("APPDATA", "/appdata"), "Windows 11", "/users/anna"))
                .isEqualTo(Path.of("/appdata/Verbinder"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataLocation.dataFolder(Map.of(), "Mac OS X", "/Users/anna"))
                .isEqualTo(Path.of("/Users/anna/Library/Application Support/Verbinder"));
    }

    @Test
    void variableOverridesTheDefault() {
        assertThat(DataLocation.defaultDatabase(Map.of("VERBINDER_DB", "/tmp/x.db"), "Linux", "/home/anna"))
                .isEqualTo(Path.of("/tmp/x.db"));
    }
}
