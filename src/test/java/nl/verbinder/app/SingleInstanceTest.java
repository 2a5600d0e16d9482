package nl.verbinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.verbinder.app.SingleInstance.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @TempDir
    Path data;

    @TempDir
    Path files;

    @Test
    void secondStartOnTheSameFileBringsTheFirstWindowToTheFront() throws Exception {
        Path db = files.resolve("praktijk.db");
        CountDownLatch asked = new CountDownLatch(1);
        try (SingleInstance first = SingleInstance.claim(data, db, TIMEOUT)) {
            first.onShowRequest(asked::countDown);
            assertThat(first.outcome()).isEqualTo(Outcome.FIRST);

            try (SingleInstance second = SingleInstance.claim(data, db, TIMEOUT)) {
                assertThat(second.outcome()).isEqualTo(Outcome.SHOWN_ELSEWHERE);
            }
            assertThat(asked.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void anotherFileOpensItsOwnWindow() {
        try (SingleInstance first = SingleInstance.claim(data, files.resolve("a.db"), TIMEOUT);
             SingleInstance other = SingleInstance.claim(data, files.resolve("b.db"), TIMEOUT)) {
            assertThat(first.outcome()).isEqualTo(Outcome.FIRST);
            assertThat(other.outcome()).isEqualTo(Outcome.FIRST);
        }
    }

    @Test
    void theSameFileByAnotherPathIsTheSameFile() throws Exception {
        Path db = Files.createFile(files.resolve("praktijk.db"));
        Path sub = Files.createDirectories(files.resolve("sub"));
        try (SingleInstance first = SingleInstance.claim(data, db, TIMEOUT);
             SingleInstance second = SingleInstance.claim(data, sub.resolve("..").resolve("praktijk.db"), TIMEOUT)) {
            assertThat(second.outcome()).isEqualTo(Outcome.SHOWN_ELSEWHERE);
        }
    }

    @Test
    void afterTheFirstWindowClosedTheNextStartHasTheFile() {
        Path db = files.resolve("praktijk.db");
        SingleInstance.claim(data, db, TIMEOUT).close();

        try (SingleInstance next = SingleInstance.claim(data, db, TIMEOUT)) {
            assertThat(next.outcome()).isEqualTo(Outcome.FIRST);
        }
    }

    @Test
    void aHolderThatDoesNotAnswerMeansOpenElsewhere() throws Exception {
        Path db = files.resolve("praktijk.db");
        try (SingleInstance first = SingleInstance.claim(data, db, TIMEOUT)) {
            // The first start hangs: its port answers nobody (here: a token that no longer matches).
            Path portFile = data.resolve("instances").resolve(SingleInstance.key(db) + ".port");
            String port = Files.readString(portFile).split(" ")[0];
            Files.writeString(portFile, port + " 00000000\n");

            try (SingleInstance second = SingleInstance.claim(data, db, Duration.ofMillis(500))) {
                assertThat(second.outcome()).isEqualTo(Outcome.OPEN_ELSEWHERE);
            }
        }
    }

    @Test
    void thePortFileIsReadableByTheUserOnly() throws Exception {
        Path db = files.resolve("praktijk.db");
        try (SingleInstance first = SingleInstance.claim(data, db, TIMEOUT)) {
            Path portFile = data.resolve("instances").resolve(SingleInstance.key(db) + ".port");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(portFile))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(portFile.getParent())))
                    .isEqualTo("rwx------");
        }
        assertThat(data.resolve("instances").resolve(SingleInstance.key(db) + ".port")).doesNotExist();
    }

    @Test
    void aStartInAnotherProcessIsBroughtToTheFront() throws Exception {
        Path db = files.resolve("praktijk.db");
        Process holder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                SingleInstanceHolder.class.getName(), data.toString(), db.toString()))
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("FIRST");

            try (SingleInstance second = SingleInstance.claim(data, db, TIMEOUT)) {
                assertThat(second.outcome()).isEqualTo(Outcome.SHOWN_ELSEWHERE);
            }
            assertThat(out.readLine()).isEqualTo("brought to the front");
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (SingleInstance after = SingleInstance.claim(data, db, TIMEOUT)) {
            assertThat(after.outcome()).isEqualTo(Outcome.FIRST);
        }
    }
}
