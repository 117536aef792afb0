package dev.shoplens.forecast;

/**
 * How well a series' forecasts have done on the days that closed since they were made (forecasts for 1 to 7 days
 * ahead, recent days weighing more). WAPE is the absolute error over the actual demand; bias is the signed error
 * over the actual demand (positive: the forecasts were too high). {@code naiveWape} is the WAPE that repeating
 * last week's same weekday would have had over the same days: below it, the forecast adds something. The ratios
 * are null while no demand has been measured.
 */
public record ForecastAccuracy(Double wape, Double bias, Double naiveWape, int measuredDays) {

    public static final ForecastAccuracy NONE = new ForecastAccuracy(null, null, null, 0);

    /** WAPE relative to seasonal naive (below 1: better than naive); null while either is unknown. */
    public Double relativeToNaive() {
        if (wape == null || naiveWape == null || naiveWape == 0) {
            return null;
        }
        return wape / naiveWape;
    }
}
