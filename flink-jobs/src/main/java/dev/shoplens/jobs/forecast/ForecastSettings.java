package dev.shoplens.jobs.forecast;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * How the forecasts follow the days.
 *
 * @param allowedLateness how long after its end (event time) a day can still change: it closes then, as the
 *     product days do
 * @param idleDays after how many days without any activity a series' state is dropped (its last forecast stays in
 *     the store); a product that comes back starts afresh
 * @param dataEnd where a bounded replay's data ends (null: a live stream). When the input ends, a day without
 *     activity is still learnt as a quiet day if it closed by then, as a watermark that kept up with the data would
 *     have closed it: the last watermark before the end comes when it happens to, so without this the newest
 *     forecasts of a replay would depend on timing
 * @param finalOnly each series' forecast is made once, when the replay's input ends or the series goes idle, rather
 *     than at every move of the watermark that closes one of its days: for a bounded replay whose store is read once
 *     it ends (an import), where the store keeps each series' newest forecast anyway. The days are learnt the same,
 *     and the store ends with the same forecasts
 */
public record ForecastSettings(Duration allowedLateness, int idleDays, Instant dataEnd, boolean finalOnly)
        implements Serializable {

    /** Settings for a live stream. */
    public ForecastSettings(Duration allowedLateness, int idleDays) {
        this(allowedLateness, idleDays, null, false);
    }

    public ForecastSettings {
        if (allowedLateness == null || allowedLateness.isNegative()) {
            throw new IllegalArgumentException("allowedLateness must be zero or positive, was " + allowedLateness);
        }
        if (idleDays < 1) {
            throw new IllegalArgumentException("idleDays must be at least 1, was " + idleDays);
        }
        if (finalOnly && dataEnd == null) {
            throw new IllegalArgumentException("only a bounded replay (with a data end) ends: finalOnly needs one");
        }
    }

    /**
     * A quarter without activity ends a series by default: long enough for slow movers to keep their history (a shop
     * of seasonal products keeps them across the year with more; {@code forecast.idleDays} in the configuration).
     */
    public static final int DEFAULT_IDLE_DAYS = 91;

    /** The same settings for a bounded replay whose data ends at {@code end} (null: a live stream). */
    public ForecastSettings withDataEnd(Instant end) {
        return new ForecastSettings(allowedLateness, idleDays, end, finalOnly);
    }

    /** The same settings making each series' forecast once, at the end of a bounded replay (see {@code finalOnly}). */
    public ForecastSettings finalForecastsOnly() {
        return new ForecastSettings(allowedLateness, idleDays, dataEnd, true);
    }
}
