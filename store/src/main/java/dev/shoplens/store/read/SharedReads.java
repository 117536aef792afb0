package dev.shoplens.store.read;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.shoplens.activity.IngestProgress;
import dev.shoplens.forecast.SeriesLevel;
import dev.shoplens.inventory.PolicyScope;
import dev.shoplens.quality.RejectedEvent;
import dev.shoplens.scores.ChampionChallenger;
import dev.shoplens.scores.CustomerScore;
import dev.shoplens.scores.RetrainRun;
import dev.shoplens.scores.SegmentFlow;
import dev.shoplens.store.audiences.AudienceBook;
import dev.shoplens.store.audit.AuditEntry;
import dev.shoplens.store.audit.AuditLog;
import dev.shoplens.store.erasure.CustomerErasure;
import dev.shoplens.store.erasure.ErasureReport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The dashboard's reader: the reads every user sees alike (the shop's totals, today's figures, freshness, cohorts,
 * segments, score summary, counts, lists as a page first shows them, the models, the inventory's plans and charts) are
 * made once per {@link #FOR} for all sessions and shared; a customer's own rows, orders and scores and the audit log
 * are read through every time.
 * Thirty-two users opening the pages at once otherwise ask the store for the same aggregates thirty-two times, and on
 * two cores the reads queue (the bench's {@code pages_under_load} figures). What a user sees is at most that much
 * older than the store, against the seconds the job's results already take to arrive. An erasure, an audit entry or
 * a reorder setting saved through this reader drops every shared read at once.
 */
public final class SharedReads implements ShopReader {

    /** How long a shared read serves. */
    public static final Duration FOR = Duration.ofSeconds(1);

    private final ShopReader store;
    private final Cache<List<Object>, Object> reads;

    private SharedReads(ShopReader store, Duration serveFor, Ticker clock) {
        this.store = store;
        this.reads = Caffeine.newBuilder()
                .expireAfterWrite(serveFor)
                .ticker(clock)
                .maximumSize(10_000)
                .build();
    }

    /** {@code store}'s reads shared for {@link #FOR}, as the dashboard reads. */
    public static ShopReader over(ShopReader store) {
        return new SharedReads(store, FOR, Ticker.systemTicker());
    }

    /** The same on a clock of the caller's (tests move it by hand). */
    public static ShopReader over(ShopReader store, Ticker clock) {
        return new SharedReads(store, FOR, clock);
    }

    /** The newest value of the read named by {@code key} made within {@link #FOR}, else {@code read}'s. */
    @SuppressWarnings("unchecked")
    private <T> T shared(Supplier<T> read, Object... key) {
        return (T) reads.get(Arrays.asList(key), k -> read.get());
    }

    /** Calls within one second of each other share a read that takes the wall clock. */
    private static Instant second(Instant now) {
        return now.truncatedTo(ChronoUnit.SECONDS);
    }

    @Override
    public ShopStatus status() {
        return shared(store::status, "status");
    }

    @Override
    public Freshness freshness(Instant now) {
        return shared(() -> store.freshness(now), "freshness", second(now));
    }

    @Override
    public Overview overview(int minutes, Instant now) {
        return shared(() -> store.overview(minutes, now), "overview", minutes, second(now));
    }

    @Override
    public ShopPulse pulse() {
        return shared(store::pulse, "pulse");
    }

    @Override
    public IngestReads ingest() {
        IngestReads ingest = store.ingest();
        return new IngestReads() {
            @Override
            public Map<String, Long> rejectedByReason() {
                return shared(ingest::rejectedByReason, "rejectedByReason");
            }

            @Override
            public List<RejectedEvent> rejected(String reason, int offset, int limit) {
                return shared(() -> ingest.rejected(reason, offset, limit), "rejected", reason, offset, limit);
            }

            @Override
            public long countRejected(String reason) {
                return shared(() -> ingest.countRejected(reason), "countRejected", reason);
            }

            @Override
            public List<IngestProgress> sources() {
                return shared(ingest::sources, "ingestSources");
            }
        };
    }

    @Override
    public CohortReads cohorts() {
        CohortReads cohorts = store.cohorts();
        return new CohortReads() {
            @Override
            public List<CohortCell> months(YearMonth from) {
                return shared(() -> cohorts.months(from), "cohorts", from);
            }

            @Override
            public List<SegmentProfile> segmentProfiles() {
                return shared(cohorts::segmentProfiles, "segmentProfiles");
            }

            @Override
            public List<RfmCell> rfm(int scores) {
                return shared(() -> cohorts.rfm(scores), "rfm", scores);
            }

            @Override
            public List<SegmentFlow> segmentFlows(LocalDate from) {
                return shared(() -> cohorts.segmentFlows(from), "segmentFlows", from);
            }
        };
    }

    @Override
    public PurchaseReads purchases() {
        PurchaseReads purchases = store.purchases();
        return new PurchaseReads() {
            /** Read through: whoever reads every purchase keeps what it learns from them (see {@link #version}). */
            @Override
            public List<PurchasedLine> lines(int days) {
                return purchases.lines(days);
            }

            @Override
            public PurchasesVersion version() {
                return shared(purchases::version, "purchasesVersion");
            }
        };
    }

    @Override
    public CustomerReads customers() {
        CustomerReads customers = store.customers();
        return new CustomerReads() {
            @Override
            public Optional<CustomerScore> score(String customerId) {
                return customers.score(customerId);
            }

            @Override
            public List<CustomerRow> page(CustomerFilter filter, List<CustomerSort.Order> sort, int offset, int limit) {
                // The first page of a list is what every user opening it asks for.
                return shared(
                        () -> customers.page(filter, sort, offset, limit), "customers", filter, sort, offset, limit);
            }

            @Override
            public long count(CustomerFilter filter) {
                return shared(() -> customers.count(filter), "countCustomers", filter);
            }

            @Override
            public Optional<CustomerRow> find(String customerId) {
                return customers.find(customerId);
            }

            @Override
            public List<CustomerOrder> orders(String customerId, int limit) {
                return customers.orders(customerId, limit);
            }

            @Override
            public List<String> segmentNames() {
                return shared(customers::segmentNames, "segmentNames");
            }

            @Override
            public ScoreSummary scoreSummary() {
                return shared(customers::scoreSummary, "scoreSummary");
            }
        };
    }

    @Override
    public ModelReads models() {
        ModelReads models = store.models();
        return new ModelReads() {
            @Override
            public List<ModelSummary> versions(String kind) {
                return shared(() -> models.versions(kind), "modelVersions", kind);
            }

            @Override
            public Optional<byte[]> model(String kind, int version) {
                return shared(() -> models.model(kind, version), "model", kind, version);
            }

            @Override
            public List<ChampionChallenger> championChallenger(String kind) {
                return shared(() -> models.championChallenger(kind), "championChallenger", kind);
            }

            @Override
            public List<RetrainRun> retrainRuns(String kind, int limit) {
                return shared(() -> models.retrainRuns(kind, limit), "retrainRuns", kind, limit);
            }
        };
    }

    /** Read through: a manager who saves a definition sees it at once. */
    @Override
    public AudienceBook audiences() {
        return store.audiences();
    }

    @Override
    public CustomerErasure erasure() {
        CustomerErasure erasure = store.erasure();
        return new CustomerErasure() {
            @Override
            public ErasureReport erase(String keptId, String ownId, Instant at) {
                try {
                    return erasure.erase(keptId, ownId, at);
                } finally {
                    reads.invalidateAll();
                }
            }

            @Override
            public Set<String> erasedHashes() {
                return erasure.erasedHashes();
            }
        };
    }

    @Override
    public AuditLog auditLog() {
        AuditLog log = store.auditLog();
        return new AuditLog() {
            @Override
            public void record(AuditEntry entry) {
                log.record(entry);
                reads.invalidateAll();
            }

            @Override
            public List<AuditEntry> entries(int offset, int limit) {
                return log.entries(offset, limit);
            }
        };
    }

    @Override
    public InventoryPlanning inventory() {
        InventoryPlanning planning = store.inventory();
        return new InventoryPlanning() {
            @Override
            public List<String> categories() {
                return shared(planning::categories, "categories");
            }

            @Override
            public List<InventoryRow> plans(InventoryFilter filter) {
                return shared(() -> planning.plans(filter), "plans", filter);
            }

            @Override
            public Optional<DemandChart> chart(SeriesLevel level, String seriesId, int historyDays) {
                return shared(
                        () -> planning.chart(level, seriesId, historyDays), "chart", level, seriesId, historyDays);
            }

            @Override
            public List<BoughtWith> boughtWith(String productId, int days, int limit) {
                return shared(() -> planning.boughtWith(productId, days, limit), "boughtWith", productId, days, limit);
            }

            @Override
            public void savePolicy(
                    PolicyScope scope, String scopeId, int leadTimeDays, double serviceLevel, String user, Instant at) {
                planning.savePolicy(scope, scopeId, leadTimeDays, serviceLevel, user, at);
                reads.invalidateAll();
            }
        };
    }

    @Override
    public void close() {
        store.close();
    }
}
