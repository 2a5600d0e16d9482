package nl.verbinder.cli;

import nl.verbinder.service.VersionInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: Verbinder's version and the Java and JavaFX it runs on. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return VersionInfo.current().lines().toArray(String[]::new);
    }
}
