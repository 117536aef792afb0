package dev.shoplens.store.read;

import dev.shoplens.scores.SegmentFlow;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What the Cohorts page reads: acquisition cohorts, the segments' profiles and flows, and the RFM grid. One of the
 * readers a {@link ShopReader} hands out per page.
 */
public interface CohortReads {

    /** Acquisition cohorts (by the month of the first purchase) from {@code from} on, and how they came back. */
    List<CohortCell> months(YearMonth from);

    /** Each segment customers are in now with its size and the mean of what the segment model clusters on. */
    List<SegmentProfile> segmentProfiles();

    /**
     * The customers who have bought, by recency and frequency score (1 to {@code scores} each, quantiles of the
     * buyers), with their number and total spend; cells without customers are left out.
     */
    List<RfmCell> rfm(int scores);

    /** Segment sizes and moves per day from {@code from} on. */
    List<SegmentFlow> segmentFlows(LocalDate from);
}
