package dev.shoplens.store.read;

import dev.shoplens.scores.CustomerScore;
import dev.shoplens.scores.SegmentFlow;
import dev.shoplens.store.audiences.AudienceBook;
import dev.shoplens.store.audit.AuditLog;
import dev.shoplens.store.erasure.CustomerErasure;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** What the dashboard and the command line read from the store. Every query is parameterised. */
public interface ShopReader extends AutoCloseable {

    /** Totals since the store was created: the figures of {@code shoplens status}. */
    ShopStatus status();

    /** How far stored results lag behind the newest accepted event, as of {@code now} (wall clock). */
    Freshness freshness(Instant now);

    /** The shop's current event-time day and the last {@code minutes} minutes of activity. */
    Overview overview(int minutes, Instant now);

    /** The shop today against the same weekday last week, and the customers at high churn risk. */
    ShopPulse pulse();

    /** The input's rejections and each source's progress: the Operations page's reads of the input. */
    IngestReads ingest();

    /** The customer models' versions, the nightly LSTM against them and the retrains: the Models page's reads. */
    ModelReads models();

    /** A customer's newest scores with their reasons. */
    Optional<CustomerScore> customerScore(String customerId);

    /** One page of the customers that pass {@code filter}, sorted by {@code sort} and then by id. */
    List<CustomerRow> customers(CustomerFilter filter, List<CustomerSort.Order> sort, int offset, int limit);

    /** How many customers pass {@code filter}. */
    long countCustomers(CustomerFilter filter);

    /** One customer's features and scores, as the customer list shows them. */
    Optional<CustomerRow> customer(String customerId);

    /** A customer's newest {@code limit} purchases and returns, newest first. */
    List<CustomerOrder> customerOrders(String customerId, int limit);

    /**
     * Every product of the customers' purchases over the last {@code days} days of purchases (counted back from the
     * newest), by customer and time: what the recommendations learn from. Orders an erasure anonymised are left out.
     */
    List<PurchasedLine> purchasedLines(int days);

    /**
     * Changes whenever a purchase's lines are written or an erasure anonymises orders: whoever keeps something learnt
     * from {@link #purchasedLines} reads them again when it does.
     */
    PurchasesVersion purchasesVersion();

    /** The names of the segments customers are in now, for choosing one. */
    List<String> segmentNames();

    /** Erasure of customers: their rows removed, their orders anonymised, their ids' hashes listed. */
    CustomerErasure erasure();

    /** The audit log of admin actions: read by the Operations page, added to by every admin action. */
    AuditLog auditLog();

    /** Acquisition cohorts (by the month of the first purchase) from {@code from} on, and how they came back. */
    List<CohortCell> cohorts(YearMonth from);

    /** The customers' current scores in aggregate. */
    ScoreSummary scoreSummary();

    /** Each segment customers are in now with its size and the mean of what the segment model clusters on. */
    List<SegmentProfile> segmentProfiles();

    /**
     * The customers who have bought, by recency and frequency score (1 to {@code scores} each, quantiles of the
     * buyers), with their number and total spend; cells without customers are left out.
     */
    List<RfmCell> rfm(int scores);

    /** Segment sizes and moves per day from {@code from} on. */
    List<SegmentFlow> segmentFlows(LocalDate from);

    /** Forecasts, reorder plans and their settings. */
    InventoryPlanning inventory();

    /** The audiences managers define, and who is in each. */
    AudienceBook audiences();

    @Override
    void close();
}
