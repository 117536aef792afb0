package dev.shoplens.jobs;

import dev.shoplens.event.EventLimits;
import dev.shoplens.jobs.forecast.ForecastSettings;
import dev.shoplens.privacy.CustomerPseudonyms;
import dev.shoplens.time.ShopClock;
import java.time.Duration;

/**
 * How the feature job treats time and failure, validated once at start-up.
 *
 * @param outOfOrderness how far events may arrive out of order before the watermark passes them
 * @param allowedLateness how far behind the watermark an event is still accepted (and counted) rather than
 *     rejected as late; also how long event ids are remembered for de-duplication
 * @param sourceIdleness after how long without events a source split stops holding back the watermark
 * @param parallelism parallelism of the keyed steps
 * @param checkpointInterval how often state is checkpointed and sinks flush (null: no checkpoints)
 * @param sinkBatch the most rows a sink buffers before writing
 * @param sinkMaxDelay the longest a buffered row waits while rows keep arriving
 * @param limits payload size and future-time bounds of validation
 * @param clock the shop's clock, against which "too far in the future" is judged
 * @param watermarkEveryEvent a watermark after every event instead of one every 200 ms: a replay at parallelism 1
 *     then fires its timers at the same places in the stream on every run and so computes the same models (a
 *     backtest's figures must not change from run to run); it costs throughput, so live jobs keep periodic ones
 * @param forecastIdleDays after how many days without any activity a product's demand series is dropped (see
 *     {@link ForecastSettings#idleDays()})
 * @param pseudonyms what a customer id becomes at ingest: itself, or the shop's keyed pseudonym of it
 */
public record FeatureJobSettings(
        Duration outOfOrderness,
        Duration allowedLateness,
        Duration sourceIdleness,
        int parallelism,
        Duration checkpointInterval,
        int sinkBatch,
        Duration sinkMaxDelay,
        EventLimits limits,
        ShopClock clock,
        boolean watermarkEveryEvent,
        int forecastIdleDays,
        CustomerPseudonyms pseudonyms) {

    public FeatureJobSettings {
        requireNonNegative("outOfOrderness", outOfOrderness);
        requireNonNegative("allowedLateness", allowedLateness);
        requireNonNegative("sourceIdleness", sourceIdleness);
        requireNonNegative("sinkMaxDelay", sinkMaxDelay);
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
        }
        if (sinkBatch < 1) {
            throw new IllegalArgumentException("sinkBatch must be at least 1, was " + sinkBatch);
        }
        if (checkpointInterval != null && checkpointInterval.toMillis() < 10) {
            throw new IllegalArgumentException("checkpointInterval must be at least 10 ms, was " + checkpointInterval);
        }
        if (limits == null || clock == null) {
            throw new IllegalArgumentException("limits and clock must be set");
        }
        if (pseudonyms == null) {
            throw new IllegalArgumentException("pseudonyms must be given (CustomerPseudonyms.NONE: ids as they come)");
        }
        if (forecastIdleDays < 1) {
            throw new IllegalArgumentException("forecastIdleDays must be at least 1, was " + forecastIdleDays);
        }
    }

    /** Defaults for a live shop on the wall clock. */
    public static FeatureJobSettings defaults() {
        return new FeatureJobSettings(
                Duration.ofSeconds(30),
                Duration.ofMinutes(10),
                Duration.ofSeconds(30),
                2,
                Duration.ofSeconds(2),
                20_000,
                Duration.ofSeconds(1),
                EventLimits.DEFAULTS,
                ShopClock.system(),
                false,
                ForecastSettings.DEFAULT_IDLE_DAYS,
                CustomerPseudonyms.NONE);
    }

    /**
     * Defaults for a bounded replay of history (imports, backtests): no checkpoints (a failed import is simply run
     * again; every write is an upsert) and large sink batches.
     */
    public static FeatureJobSettings forReplay() {
        return new FeatureJobSettings(
                Duration.ofMinutes(1),
                Duration.ofMinutes(10),
                Duration.ofSeconds(30),
                2,
                null,
                50_000,
                Duration.ofSeconds(5),
                EventLimits.DEFAULTS,
                ShopClock.system(),
                false,
                ForecastSettings.DEFAULT_IDLE_DAYS,
                CustomerPseudonyms.NONE);
    }

    public FeatureJobSettings withClock(ShopClock newClock) {
        return new FeatureJobSettings(
                outOfOrderness,
                allowedLateness,
                sourceIdleness,
                parallelism,
                checkpointInterval,
                sinkBatch,
                sinkMaxDelay,
                limits,
                newClock,
                watermarkEveryEvent,
                forecastIdleDays,
                pseudonyms);
    }

    public FeatureJobSettings withCheckpointInterval(Duration interval) {
        return new FeatureJobSettings(
                outOfOrderness,
                allowedLateness,
                sourceIdleness,
                parallelism,
                interval,
                sinkBatch,
                sinkMaxDelay,
                limits,
                clock,
                watermarkEveryEvent,
                forecastIdleDays,
                pseudonyms);
    }

    public FeatureJobSettings withParallelism(int newParallelism) {
        return new FeatureJobSettings(
                outOfOrderness,
                allowedLateness,
                sourceIdleness,
                newParallelism,
                checkpointInterval,
                sinkBatch,
                sinkMaxDelay,
                limits,
                clock,
                watermarkEveryEvent,
                forecastIdleDays,
                pseudonyms);
    }

    /** The same settings with demand series dropped after {@code days} without activity. */
    public FeatureJobSettings withForecastIdleDays(int days) {
        return new FeatureJobSettings(
                outOfOrderness,
                allowedLateness,
                sourceIdleness,
                parallelism,
                checkpointInterval,
                sinkBatch,
                sinkMaxDelay,
                limits,
                clock,
                watermarkEveryEvent,
                days,
                pseudonyms);
    }

    /** The same settings with customer ids made {@code newPseudonyms}' pseudonyms at ingest. */
    public FeatureJobSettings withPseudonyms(CustomerPseudonyms newPseudonyms) {
        return new FeatureJobSettings(
                outOfOrderness,
                allowedLateness,
                sourceIdleness,
                parallelism,
                checkpointInterval,
                sinkBatch,
                sinkMaxDelay,
                limits,
                clock,
                watermarkEveryEvent,
                forecastIdleDays,
                newPseudonyms);
    }

    /** The same settings for a replay that must give the same results every run (see {@code watermarkEveryEvent}). */
    public FeatureJobSettings reproducible() {
        return new FeatureJobSettings(
                outOfOrderness,
                allowedLateness,
                sourceIdleness,
                1,
                checkpointInterval,
                sinkBatch,
                sinkMaxDelay,
                limits,
                clock,
                true,
                forecastIdleDays,
                pseudonyms);
    }

    private static void requireNonNegative(String name, Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be zero or positive, was " + value);
        }
    }
}
