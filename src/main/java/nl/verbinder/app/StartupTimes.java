package nl.verbinder.app;

import java.lang.management.ManagementFactory;

/**
 * With {@code -Dverbinder.startup.log=true}: the milliseconds since the JVM started at each step
 * of a start (command line read, database open, toolkit up, window built, first frame) and the
 * CPU time the process used until then (all threads), on standard error. For measuring where
 * a start's time goes (docs/performance.md); silent otherwise.
 */
final class StartupTimes {

    private static final boolean ON = Boolean.getBoolean("verbinder.startup.log");

    private StartupTimes() {
    }

    static void mark(String step) {
        if (ON) {
            long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            long cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
            System.err.printf("startup %5d ms  cpu %5d ms  %-20s [%s]%n", since, cpu, step, Thread.currentThread().getName());
        }
    }
}
