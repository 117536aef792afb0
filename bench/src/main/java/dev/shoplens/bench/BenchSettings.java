package dev.shoplens.bench;

import dev.shoplens.bench.harness.Rounds;
import java.nio.file.Path;

/**
 * How big and how long a benchmark run is, validated once.
 *
 * @param mode {@code quick}, {@code full}, or another name for a custom size (tests)
 * @param out the folder for {@code bench-results.json} and the run's scratch files
 * @param rounds warm-up and measured rounds of every throughput and time
 * @param jobRounds warm-up and measured rounds of the Flink jobs, which take longest
 * @param jobEvents simulated events fed to the feature job (held in memory), per shop size
 * @param jobSeconds how long at least each baseline job runs at its steady rate (it reads the events again as often)
 * @param kafkaEvents simulated events published into the broker for the Kafka path
 * @param sinkRows customer-feature rows written through each store's sink
 * @param retrainExamples sizes of the retrain windows, in examples
 * @param scoredCustomers customers scored per round
 * @param lstmSequences made-up daily sequences the LSTM trains on per round (the demo's night: about 13,000)
 * @param retrainCustomers customers in the store a night's retrain runs on
 * @param pageCustomers customers in the store whose dashboard pages are queried
 * @param pageQueries how often each page is queried
 * @param freshnessSeconds how long the demo pipeline runs live while freshness is sampled
 */
public record BenchSettings(
        String mode,
        Path out,
        Rounds rounds,
        Rounds jobRounds,
        int jobEvents,
        int jobSeconds,
        int kafkaEvents,
        int sinkRows,
        int[] retrainExamples,
        int scoredCustomers,
        int lstmSequences,
        int retrainCustomers,
        int pageCustomers,
        int pageQueries,
        int freshnessSeconds) {

    public BenchSettings {
        if (mode == null || mode.isBlank() || out == null || rounds == null || jobRounds == null) {
            throw new IllegalArgumentException("mode, out and rounds must be set");
        }
        requirePositive("jobEvents", jobEvents);
        requirePositive("jobSeconds", jobSeconds);
        requirePositive("kafkaEvents", kafkaEvents);
        requirePositive("sinkRows", sinkRows);
        requirePositive("scoredCustomers", scoredCustomers);
        requirePositive("lstmSequences", lstmSequences);
        requirePositive("retrainCustomers", retrainCustomers);
        requirePositive("pageCustomers", pageCustomers);
        requirePositive("pageQueries", pageQueries);
        requirePositive("freshnessSeconds", freshnessSeconds);
        if (retrainExamples == null || retrainExamples.length == 0) {
            throw new IllegalArgumentException("at least one retrain size");
        }
        for (int n : retrainExamples) {
            requirePositive("retrainExamples", n);
        }
        retrainExamples = retrainExamples.clone();
    }

    /** A reduced run that finishes in a few minutes on two cores. */
    public static BenchSettings quick(Path out, int scale) {
        return new BenchSettings(
                "quick",
                out,
                new Rounds(1, 3),
                new Rounds(1, 2),
                250_000,
                10,
                60_000,
                100_000,
                new int[] {50_000, 200_000},
                20_000,
                2_000,
                // The nightly retrain's suite skips a quick run: a night at this size takes tens of minutes.
                scale,
                Math.min(scale, 20_000),
                // Nine pages on two engines: 20 reads each keep the quick run within its minutes.
                20,
                20);
    }

    /** The full run: {@code scale} customers behind the dashboard's pages (100,000 by default). */
    public static BenchSettings full(Path out, int scale) {
        return new BenchSettings(
                "full",
                out,
                new Rounds(2, 5),
                new Rounds(1, 3),
                500_000,
                15,
                300_000,
                500_000,
                new int[] {50_000, 200_000},
                100_000,
                13_000,
                scale,
                scale,
                100,
                60);
    }

    @Override
    public int[] retrainExamples() {
        return retrainExamples.clone();
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }
}
