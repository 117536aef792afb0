package dev.shoplens.jobs.forecast;

/** What the forecast function keeps per series besides its open days (a Flink POJO). */
public class TrackedSeries {

    public String level;
    public String seriesId;
    public String category;
    /** The newest day (UTC epoch day) with any activity. */
    public long lastActivityDay = Long.MIN_VALUE;

    public SeriesModel model = new SeriesModel();
}
