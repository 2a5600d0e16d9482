package nl.verbinder.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * The versions a user or a helpdesk asks for: Verbinder's, the Java runtime's and JavaFX's.
 * Verbinder's and JavaFX's come from {@code version.properties}, which the build fills in; a
 * running JavaFX toolkit's own version wins over the latter.
 */
public record VersionInfo(String verbinder, String java, String javafx) {

    private static final String RESOURCE = "/nl/verbinder/version.properties";

    /** The versions of this program as it runs. */
    public static VersionInfo current() {
        Properties built = new Properties();
        try (InputStream in = VersionInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                built.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String java = Runtime.version() + " (" + System.getProperty("java.vendor", "?") + ", "
                + System.getProperty("java.vm.name", "?") + ")";
        String javafx = System.getProperty("javafx.runtime.version", built.getProperty("javafx", "?"));
        return new VersionInfo(built.getProperty("verbinder", "(development)"), java, javafx);
    }

    /** Three lines: Verbinder, Java and JavaFX with their versions. */
    public List<String> lines() {
        return List.of("Verbinder " + verbinder, "Java " + java, "JavaFX " + javafx);
    }
}
