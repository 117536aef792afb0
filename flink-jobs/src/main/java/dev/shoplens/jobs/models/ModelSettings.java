package dev.shoplens.jobs.models;

import dev.shoplens.event.EventFeed;
import dev.shoplens.event.EventLimits;
import dev.shoplens.models.labels.Horizons;
import dev.shoplens.models.metrics.PromotionRule;
import dev.shoplens.models.registry.Schedule;
import dev.shoplens.models.train.TrainingSettings;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How the customer models learn inside the job, validated once.
 *
 * @param horizons how far ahead churn, purchase and value look
 * @param exampleEvery each customer's snapshot becomes a training example this often (a day of each customer's
 *     own phase), so one customer's near-identical days do not crowd the training data
 * @param schedule when versions are trained, tested and fully retrained (event time)
 * @param segmentsEvery how often the segmentation is refitted (event time)
 * @param training seeds, epochs, learning rate, number of segments
 * @param promotion the margins of the promotion rule
 * @param valueMaeMargin how much worse (a share) a value candidate's error may be and still be promoted
 * @param retention a customer silent this long is forgotten, with their pending labels
 * @param dataEnd where a bounded replay's data ends (null: a live, unbounded stream). No midnight after it is
 *     simulated: when a bounded source ends, Flink's final watermark would otherwise run every customer's days on
 *     and mature labels as "bought nothing" that the data simply does not reach
 */
public record ModelSettings(
        Horizons horizons,
        Duration exampleEvery,
        Schedule schedule,
        Duration segmentsEvery,
        TrainingSettings training,
        PromotionRule promotion,
        double valueMaeMargin,
        Duration retention,
        Instant dataEnd)
        implements Serializable {

    public ModelSettings {
        if (exampleEvery.toDays() < 1 || segmentsEvery.isNegative() || segmentsEvery.isZero()) {
            throw new IllegalArgumentException("exampleEvery at least a day, segmentsEvery positive");
        }
        if (retention.compareTo(horizons.longest()) <= 0) {
            throw new IllegalArgumentException("retention must outlast the longest horizon");
        }
    }

    /** Defaults that show versions within the demo's replay of history, and a new one every day or two live. */
    public static ModelSettings defaults() {
        return new ModelSettings(
                Horizons.defaults(),
                Duration.ofDays(7),
                Schedule.defaults(),
                Duration.ofDays(7),
                TrainingSettings.defaults(),
                PromotionRule.defaults(),
                0.02,
                Duration.ofDays(400),
                null);
    }

    public ModelSettings withSchedule(Schedule newSchedule) {
        return new ModelSettings(
                horizons,
                exampleEvery,
                newSchedule,
                segmentsEvery,
                training,
                promotion,
                valueMaeMargin,
                retention,
                dataEnd);
    }

    public ModelSettings withHorizons(Horizons newHorizons) {
        return new ModelSettings(
                newHorizons,
                exampleEvery,
                schedule,
                segmentsEvery,
                training,
                promotion,
                valueMaeMargin,
                retention,
                dataEnd);
    }

    /**
     * The defaults for a bounded replay of {@code feed} (an import, a benchmark): nothing is learnt past its newest
     * event, read once (see {@link EventFeed#newestEventTime}).
     */
    public static ModelSettings forReplayOf(EventFeed feed, EventLimits limits, Instant now) {
        return forReplayEndingAt(EventFeed.newestEventTime(feed, limits, now));
    }

    /** The defaults for a bounded replay whose newest event is {@code newest} (none: a replay without end). */
    public static ModelSettings forReplayEndingAt(Optional<Instant> newest) {
        return newest.map(defaults()::withDataEnd).orElse(defaults());
    }

    /** The same settings for a bounded replay whose data ends at {@code end}. */
    public ModelSettings withDataEnd(Instant end) {
        return new ModelSettings(
                horizons, exampleEvery, schedule, segmentsEvery, training, promotion, valueMaeMargin, retention, end);
    }

    /** The latest event time the models may act on when the watermark reaches {@code time}. */
    public long knownUntil(long time) {
        return dataEnd == null ? time : Math.min(time, dataEnd.toEpochMilli());
    }
}
