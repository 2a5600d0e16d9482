package nl.verbinder.testutil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A real second JVM on the test class path, for tests where another process must do
 * something (write the same database, start at the same moment, start without a display).
 * Its output goes to files, so it never blocks on a full pipe.
 */
public final class JavaProcess {

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private JavaProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /**
     * Starts {@code mainClass} with the arguments. {@code environment} may change the child's
     * environment (remove DISPLAY, set HOME); {@code jvmOptions} come before the class.
     */
    public static JavaProcess start(Path workFolder, String mainClass, List<String> jvmOptions,
                                    Consumer<Map<String, String>> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-Dfile.encoding=UTF-8");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath());
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workFolder.toFile());
        environment.accept(builder.environment());
        Path out = Files.createTempFile(workFolder, "child-", ".out");
        Path err = Files.createTempFile(workFolder, "child-", ".err");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        return new JavaProcess(builder.start(), out, err);
    }

    /** The class path of this test run: Surefire's, which names every folder and jar. */
    public static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** Waits for the process to end; destroys it and returns -1 when it takes longer than the timeout. */
    public int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            return -1;
        }
        return process.exitValue();
    }

    /** Writes a line to the process's standard input. */
    public void send(String line) throws IOException {
        process.getOutputStream().write((line + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
    }

    /** Waits until the process has printed {@code text}; false when it ended or the timeout passed first. */
    public boolean awaitOutput(String text, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (stdout().contains(text)) {
                return true;
            }
            if (!process.isAlive()) {
                return stdout().contains(text);
            }
            Thread.sleep(20); // polling the output file for the condition, within the deadline
        }
        return false;
    }

    /** Kills the process as {@code kill -9} does (SIGKILL: no shutdown hooks, no flushing) and waits for its end. */
    public void killHard() throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-9", String.valueOf(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -9 failed");
        }
        process.waitFor(10, TimeUnit.SECONDS);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public void destroy() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    public String stdout() throws IOException {
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    public String stderr() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }
}
