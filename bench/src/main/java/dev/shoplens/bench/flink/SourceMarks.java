package dev.shoplens.bench.flink;

import java.util.concurrent.atomic.AtomicLong;

/**
 * When a bench job's source started, passed a tenth and nine tenths of its events, and ran out of them. Under
 * backpressure a source emits exactly as fast as the job behind it takes events, so the rate between the two marks
 * is the job's steady rate while events flow: without start-up, the first fill of the network buffers and the JIT's
 * first compilations before it, and without the end-of-input work (the drain) after it.
 */
final class SourceMarks {

    private final long expected;
    private final AtomicLong emitted = new AtomicLong();
    private volatile long readerCreated;
    private volatile long tenth;
    private volatile long nineTenths;
    private volatile long endOfInput;

    SourceMarks(long expected) {
        if (expected < 10) {
            throw new IllegalArgumentException("too few events for a steady window: " + expected);
        }
        this.expected = expected;
    }

    void readerCreated() {
        if (readerCreated == 0) {
            readerCreated = System.nanoTime();
        }
    }

    void emitted() {
        long n = emitted.incrementAndGet();
        if (n == expected / 10) {
            tenth = System.nanoTime();
        } else if (n == expected - expected / 10) {
            nineTenths = System.nanoTime();
        }
    }

    void endOfInput() {
        if (endOfInput == 0) {
            endOfInput = System.nanoTime();
        }
    }

    /** The rate between the marks, for a job that has ended. */
    JobRate.Run run(long jobEnded) {
        if (readerCreated == 0 || tenth == 0 || nineTenths == 0 || endOfInput == 0) {
            throw new IllegalStateException("the source emitted " + emitted.get() + " of " + expected + " events");
        }
        long steadyEvents = (expected - expected / 10) - expected / 10;
        return new JobRate.Run(
                steadyEvents / seconds(tenth, nineTenths),
                expected / seconds(readerCreated, jobEnded),
                seconds(endOfInput, jobEnded),
                seconds(readerCreated, endOfInput));
    }

    private static double seconds(long from, long to) {
        return Math.max(to - from, 1) / 1e9;
    }
}
