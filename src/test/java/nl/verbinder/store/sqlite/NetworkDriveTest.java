package nl.verbinder.store.sqlite;

import static nl.verbinder.testutil.RefusalAssert.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A database file on a network file system is refused before anything is made; a local one opens. */
class NetworkDriveTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"nfs", "nfs4", "cifs", "smb3", "fuse.sshfs"})
    void aFileOnANetworkDriveIsRefusedAndNothingIsMade(String type) {
        Path file = folder.resolve("gedeeld").resolve("verbinder.db");

        assertRefused(() -> SqliteStore.open(file, TestDatabase.fixedClock(TestDatabase.TODAY), Migrations.SHIPPED,
                f -> type))
                .withKey("database.network-drive")
                .saysInDutch("netwerkschijf", "praktijkserver")
                .saysInEnglish("network drive", "practice server");
        assertThat(file.getParent()).doesNotExist();
    }

    @Test
    void aFileOnALocalDiskOpens() {
        Path file = folder.resolve("verbinder.db");
        try (SqliteStore store = SqliteStore.open(file, TestDatabase.fixedClock(TestDatabase.TODAY), Migrations.SHIPPED,
                f -> "ext4")) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST_VERSION);
        }
    }

    @Test
    void theSystemSaysWhatTheTempFolderIsOn() {
        assertThat(NetworkDrive.isNetwork(NetworkDrive.SYSTEM.apply(folder))).isFalse();
    }
}
