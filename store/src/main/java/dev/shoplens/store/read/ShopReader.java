package dev.shoplens.store.read;

import dev.shoplens.store.audiences.AudienceBook;
import dev.shoplens.store.audit.AuditLog;
import dev.shoplens.store.erasure.CustomerErasure;
import java.time.Instant;

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

    /** What the Cohorts page reads: acquisition cohorts, the segments' profiles and flows, and the RFM grid. */
    CohortReads cohorts();

    /** What the recommendations learn from: the purchases' lines, and whether they changed. */
    PurchaseReads purchases();

    /** The customers' rows, scores and orders: the Customers, customer and Forecasts pages' reads. */
    CustomerReads customers();

    /** The input's rejections and each source's progress: the Operations page's reads of the input. */
    IngestReads ingest();

    /** The customer models' versions, the nightly LSTM against them and the retrains: the Models page's reads. */
    ModelReads models();

    /** Erasure of customers: their rows removed, their orders anonymised, their ids' hashes listed. */
    CustomerErasure erasure();

    /** The audit log of admin actions: read by the Operations page, added to by every admin action. */
    AuditLog auditLog();

    /** Forecasts, reorder plans and their settings. */
    InventoryPlanning inventory();

    /** The audiences managers define, and who is in each. */
    AudienceBook audiences();

    @Override
    void close();
}
