package nl.verbinder.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Timings of repeated runs: warm-ups first (not counted), then median and p95 of the wall
 * clock, and the median CPU time of the measuring thread (SQLite runs in that thread, so
 * this is the work itself, without the waiting a busy shared machine adds).
 */
final class Timings {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final double[] millis;
    private final double[] cpuMillis;

    private Timings(double[] millis, double[] cpuMillis) {
        this.millis = millis.clone();
        this.cpuMillis = cpuMillis.clone();
        Arrays.sort(this.millis);
        Arrays.sort(this.cpuMillis);
    }

    static Timings of(double[] millis, double[] cpuMillis) {
        return new Timings(millis, cpuMillis);
    }

    static Timings of(double... millis) {
        return new Timings(millis, millis);
    }

    /** Runs the work {@code warmups} times untimed, then {@code runs} times timed. */
    static Timings measure(int warmups, int runs, Runnable work) {
        for (int i = 0; i < warmups; i++) {
            work.run();
        }
        double[] millis = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000.0;
        }
        return new Timings(millis, cpu);
    }

    /** The median CPU time. */
    double cpuMedian() {
        int n = cpuMillis.length;
        return n % 2 == 1 ? cpuMillis[n / 2] : (cpuMillis[n / 2 - 1] + cpuMillis[n / 2]) / 2;
    }

    double median() {
        int n = millis.length;
        return n % 2 == 1 ? millis[n / 2] : (millis[n / 2 - 1] + millis[n / 2]) / 2;
    }

    /** The nearest-rank 95th percentile. */
    double p95() {
        int rank = (int) Math.ceil(0.95 * millis.length);
        return millis[Math.max(0, rank - 1)];
    }

    int runs() {
        return millis.length;
    }
}
