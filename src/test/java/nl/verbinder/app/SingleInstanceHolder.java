package nl.verbinder.app;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A first start in its own process, for {@link SingleInstanceTest}: claims the file, prints
 * its outcome and each show request, and ends when its standard input closes.
 */
public final class SingleInstanceHolder {

    private SingleInstanceHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (SingleInstance instance = SingleInstance.claim(Path.of(args[0]), Path.of(args[1]), Duration.ofSeconds(5))) {
            instance.onShowRequest(() -> {
                System.out.println("brought to the front");
                System.out.flush();
            });
            System.out.println(instance.outcome());
            System.out.flush();
            while (System.in.read() != -1) {
                // Wait for the test to close our input.
            }
        }
    }
}
