package nl.verbinder.testutil;

/**
 * The {@code main} of a benchmark a developer runs by hand: exit code 0 when it ran, 1 with the
 * stack trace when it failed. It always exits, so that a JavaFX thread or a PostgreSQL server
 * the benchmark started cannot keep the JVM alive.
 */
public final class BenchmarkMain {

    /** What the benchmark does with its arguments. */
    public interface Body {
        void run(String[] args) throws Exception;
    }

    private BenchmarkMain() {
    }

    public static void run(String[] args, Body body) {
        try {
            body.run(args);
            System.exit(0);
        } catch (Exception | AssertionError e) {
            e.printStackTrace(); // a developer's tool: the trace is what they need
            System.exit(1);
        }
    }
}
