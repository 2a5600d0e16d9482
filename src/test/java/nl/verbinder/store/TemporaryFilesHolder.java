package nl.verbinder.store;

import java.nio.file.Files;
import java.nio.file.Path;

/** A separate process for {@link TemporaryFilesTest}: writes a temporary file, then waits to be killed or exits. */
final class TemporaryFilesHolder {

    private TemporaryFilesHolder() {
    }

    public static void main(String[] args) throws Exception {
        Path file = TemporaryFiles.newFile(Path.of(args[0]), "partners.csv");
        Files.writeString(file, "Sportvereniging Hercules");
        System.out.println(file);
        System.out.flush();
        if (args[1].equals("hold")) {
            // Waits for the test's kill -9, as an export would be killed while it writes.
            System.in.read();
        }
    }
}
