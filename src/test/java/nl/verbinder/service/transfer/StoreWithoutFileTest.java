package nl.verbinder.service.transfer;

import static nl.verbinder.testutil.RefusalAssert.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.verbinder.service.Services;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The services over a store that is not one local file (as on a practice server): what only a
 * file can do is refused with a message, and nothing is written.
 */
class StoreWithoutFileTest {

    @TempDir
    Path folder;

    @Test
    void aDatabaseCopyIsRefusedAndNoFileIsWritten() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            Services withoutFile = Services.over(db.anyStore(), TestDatabase.fixedClock(TestDatabase.TODAY));
            Path target = folder.resolve("copy.db");

            assertRefused(() -> withoutFile.backups().backUp(target, Progress.none()))
                    .withKey("transfer.backup.db.no-file");
            assertThat(target).doesNotExist();
        }
    }

    @Test
    void aDatabaseFileIsNotRestoredOntoIt() throws Exception {
        Path copy = folder.resolve("copy.db");
        try (InputStream release = StoreWithoutFileTest.class.getResourceAsStream("/db/release/verbinder-0.1.0-v4.db")) {
            Files.copy(release, copy);
        }
        try (TestDatabase db = TestDatabase.in(folder)) {
            Services withoutFile = Services.over(db.anyStore(), TestDatabase.fixedClock(TestDatabase.TODAY));

            assertRefused(() -> withoutFile.backups().restore(copy, Progress.none()))
                    .withKey("transfer.restore.db.no-file");
        }
    }
}
