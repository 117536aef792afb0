package dev.shoplens.bench.harness;

/** Wall-clock timing on the monotonic clock. */
public final class Stopwatch {

    private final long started = System.nanoTime();

    public static Stopwatch start() {
        return new Stopwatch();
    }

    public double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    public double millis() {
        return (System.nanoTime() - started) / 1e6;
    }

    /** Items per second over the time since the start. */
    public double rate(long items) {
        return items / Math.max(seconds(), 1e-9);
    }
}
