package nl.verbinder.cli;

import java.util.Arrays;

/** Wall-clock timings of repeated runs: warm-ups first (not counted), then median and p95. */
final class Timings {

    private final double[] millis;

    private Timings(double[] millis) {
        this.millis = millis.clone();
        Arrays.sort(this.millis);
    }

    static Timings of(double... millis) {
        return new Timings(millis);
    }

    /** Runs the work {@code warmups} times untimed, then {@code runs} times timed. */
    static Timings measure(int warmups, int runs, Runnable work) {
        for (int i = 0; i < warmups; i++) {
            work.run();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        return new Timings(millis);
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
