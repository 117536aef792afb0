package dev.shoplens.store.read;

import dev.shoplens.activity.IngestProgress;
import dev.shoplens.quality.RejectedEvent;
import dev.shoplens.scores.ChampionChallenger;
import dev.shoplens.scores.CustomerScore;
import dev.shoplens.scores.RetrainRun;
import dev.shoplens.scores.SegmentFlow;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.audit.AuditLog;
import dev.shoplens.store.audit.SqlAuditLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a store through JDBC with SQL that DuckDB and ClickHouse both understand. Subclasses say how to connect
 * and how to name a table so that it reads the table's final state ({@code orders FINAL} in ClickHouse, where a
 * replayed row stays a second copy until a merge).
 */
public abstract class SqlShopReader implements ShopReader {

    private final String description;

    protected SqlShopReader(String description) {
        this.description = description;
    }

    /** A connection for one call; the caller closes it. */
    protected abstract Connection open() throws SQLException;

    /** How to read {@code table}'s current rows. */
    protected abstract String table(String table);

    @Override
    public ShopStatus status() {
        try (Connection c = open()) {
            Map<String, Long> byReason = ingestQueries(c).rejectedByReason();
            long rejected =
                    byReason.values().stream().mapToLong(Long::longValue).sum();
            Object[] events = one(
                    c,
                    "SELECT coalesce(sum(events), 0), min(first_time), max(last_time) FROM " + table("event_counts"));
            Object[] orders = one(
                    c,
                    "SELECT coalesce(sum(CASE WHEN kind = 'purchase' THEN 1 ELSE 0 END), 0),"
                            + " coalesce(sum(CASE WHEN kind = 'return' THEN 1 ELSE 0 END), 0),"
                            + " coalesce(sum(CASE WHEN kind = 'purchase' THEN amount ELSE -amount END), 0) FROM "
                            + table("orders"));
            return new ShopStatus(
                            description,
                            number(one(c, "SELECT coalesce(max(version), 0) FROM schema_version")[0])
                                    .intValue(),
                            number(events[0]).longValue(),
                            rejected,
                            byReason,
                            number(one(c, "SELECT count(*) FROM " + table("customer_features"))[0])
                                    .longValue(),
                            number(one(c, "SELECT count(DISTINCT product_id) FROM " + table("product_daily"))[0])
                                    .longValue(),
                            number(orders[0]).longValue(),
                            number(orders[1]).longValue(),
                            number(orders[2]).doubleValue(),
                            instant(events[1]),
                            instant(events[2]))
                    .withModels(ModelQueries.serving(c, table("model_versions")));
        } catch (SQLException e) {
            throw new StoreException("reading the status failed", e);
        }
    }

    @Override
    public Freshness freshness(Instant now) {
        try (Connection c = open()) {
            return freshness(c, now);
        } catch (SQLException e) {
            throw new StoreException("reading freshness failed", e);
        }
    }

    private Freshness freshness(Connection c, Instant now) throws SQLException {
        Instant newestEvent = instant(one(c, "SELECT max(newest_event_time) FROM " + table("ingest_progress"))[0]);
        Object[] results = one(c, "SELECT max(as_of), max(written_at) FROM " + table("customer_features"));
        Instant asOf = instant(results[0]);
        Instant writtenAt = instant(results[1]);
        if (newestEvent == null || asOf == null) {
            return new Freshness(newestEvent, asOf, writtenAt, null, null);
        }
        double eventLag = Math.max(0, Duration.between(asOf, newestEvent).toMillis() / 1000.0);
        double wallLag = Math.max(0, Duration.between(writtenAt, now).toMillis() / 1000.0);
        return new Freshness(newestEvent, asOf, writtenAt, eventLag, wallLag);
    }

    @Override
    public Overview overview(int minutes, Instant now) {
        try (Connection c = open()) {
            Freshness freshness = freshness(c, now);
            Instant newest = newestEvent(c, freshness.newestEventTime());
            if (newest == null) {
                return new Overview(null, 0, List.of(), freshness);
            }
            LocalDate today = LocalDate.ofInstant(newest, ZoneOffset.UTC);
            List<Overview.MinuteCount> perMinute = new ArrayList<>();
            LocalDateTime from = timestamp(newest.minus(Duration.ofMinutes(minutes)));
            for (Object[] row : rows(
                    c,
                    "SELECT minute, sum(events) FROM " + table("event_counts")
                            + " WHERE minute >= ? GROUP BY minute ORDER BY minute",
                    from)) {
                perMinute.add(
                        new Overview.MinuteCount(instant(row[0]), number(row[1]).longValue()));
            }
            double rate =
                    perMinute.stream().mapToLong(Overview.MinuteCount::events).sum()
                            / (double) Math.max(1, perMinute.size());
            return new Overview(today, rate, perMinute, freshness);
        } catch (SQLException e) {
            throw new StoreException("reading the overview failed", e);
        }
    }

    @Override
    public ShopPulse pulse() {
        return query("reading today against last week", c -> PulseQueries.pulse(c, this::table, newestEvent(c, null)));
    }

    /**
     * The newest accepted event's time: from the sources' progress ({@code fromProgress} where the caller has read it
     * already, else read here), else from the event counts; null if none.
     */
    private Instant newestEvent(Connection c, Instant fromProgress) throws SQLException {
        Instant newest = fromProgress != null
                ? fromProgress
                : instant(one(c, "SELECT max(newest_event_time) FROM " + table("ingest_progress"))[0]);
        if (newest == null || newest.equals(Instant.EPOCH)) {
            newest = instant(one(c, "SELECT max(last_time) FROM " + table("event_counts"))[0]);
        }
        // ClickHouse's max() over no rows is the type's default, the epoch, where DuckDB's is NULL.
        return newest == null || newest.equals(Instant.EPOCH) ? null : newest;
    }

    @Override
    public AuditLog auditLog() {
        return new SqlAuditLog(this::open);
    }

    @Override
    public IngestReads ingest() {
        return new IngestReads() {
            @Override
            public Map<String, Long> rejectedByReason() {
                return query("counting rejected events", c -> ingestQueries(c).rejectedByReason());
            }

            @Override
            public List<RejectedEvent> rejected(String reason, int offset, int limit) {
                return query("reading rejected events", c -> ingestQueries(c).rejected(reason, offset, limit));
            }

            @Override
            public long countRejected(String reason) {
                return query("counting rejected events", c -> ingestQueries(c).countRejected(reason));
            }

            @Override
            public List<IngestProgress> sources() {
                return query("reading ingest progress", c -> ingestQueries(c).sources());
            }
        };
    }

    private IngestQueries ingestQueries(Connection c) {
        return new IngestQueries(c, this::table);
    }

    @Override
    public CohortReads cohorts() {
        return new CohortReads() {
            @Override
            public List<CohortCell> months(YearMonth from) {
                return query("reading cohorts", c -> CohortQueries.cohorts(c, SqlShopReader.this::table, from));
            }

            @Override
            public List<SegmentProfile> segmentProfiles() {
                return query("reading segment profiles", c -> SegmentQueries.profiles(c, SqlShopReader.this::table));
            }

            @Override
            public List<RfmCell> rfm(int scores) {
                if (scores < 1) {
                    throw new IllegalArgumentException("an RFM grid needs at least one score, not " + scores);
                }
                return query("reading the RFM grid", c -> SegmentQueries.grid(c, SqlShopReader.this::table, scores));
            }

            @Override
            public List<SegmentFlow> segmentFlows(LocalDate from) {
                return query("reading the segment flows", c -> ModelQueries.flows(c, table("segment_flows"), from));
            }
        };
    }

    @Override
    public PurchaseReads purchases() {
        return new PurchaseReads() {
            @Override
            public List<PurchasedLine> lines(int days) {
                if (days < 1) {
                    throw new IllegalArgumentException("days must be at least 1, was " + days);
                }
                return query(
                        "reading the purchases' lines", c -> PurchaseQueries.lines(c, SqlShopReader.this::table, days));
            }

            @Override
            public PurchasesVersion version() {
                return query("reading the purchases' version", PurchaseQueries::version);
            }
        };
    }

    @Override
    public CustomerReads customers() {
        return new CustomerReads() {
            @Override
            public Optional<CustomerScore> score(String customerId) {
                return query(
                        "reading a customer's scores",
                        c -> ModelQueries.score(c, table("customer_scores"), customerId));
            }

            @Override
            public List<CustomerRow> page(CustomerFilter filter, List<CustomerSort.Order> sort, int offset, int limit) {
                return query("reading customers", c -> customerQueries(c).page(filter, sort, offset, limit));
            }

            @Override
            public long count(CustomerFilter filter) {
                return query("counting customers", c -> customerQueries(c).count(filter));
            }

            @Override
            public Optional<CustomerRow> find(String customerId) {
                return query("reading a customer", c -> customerQueries(c).find(customerId));
            }

            @Override
            public List<CustomerOrder> orders(String customerId, int limit) {
                return query(
                        "reading a customer's orders", c -> customerQueries(c).orders(customerId, limit));
            }

            @Override
            public List<String> segmentNames() {
                return query("reading segment names", c -> customerQueries(c).segments());
            }

            @Override
            public ScoreSummary scoreSummary() {
                return query("summarising scores", c -> ScoreQueries.summary(c, SqlShopReader.this::table));
            }
        };
    }

    @Override
    public ModelReads models() {
        return new ModelReads() {
            @Override
            public List<ModelSummary> versions(String kind) {
                return query(
                        "reading the model registry", c -> ModelQueries.versions(c, table("model_versions"), kind));
            }

            @Override
            public Optional<byte[]> model(String kind, int version) {
                return query("reading a model", c -> ModelQueries.model(c, table("model_versions"), kind, version));
            }

            @Override
            public List<ChampionChallenger> championChallenger(String kind) {
                return query(
                        "reading the champion and challenger",
                        c -> ModelQueries.championChallenger(c, table("champion_challenger"), kind));
            }

            @Override
            public List<RetrainRun> retrainRuns(String kind, int limit) {
                return query(
                        "reading the retrain runs",
                        c -> ModelQueries.retrainRuns(c, table("retrain_runs"), kind, limit));
            }
        };
    }

    private CustomerQueries customerQueries(Connection c) {
        return new CustomerQueries(c, this::table);
    }

    /** Runs {@code query} on a connection of its own; {@code what} names it in the error. */
    protected <R> R query(String what, Query<R> query) {
        try (Connection c = open()) {
            return query.run(c);
        } catch (SQLException e) {
            throw new StoreException(what + " failed", e);
        }
    }

    /** A query on one connection. */
    protected interface Query<R> {
        R run(Connection c) throws SQLException;
    }

    static Object[] one(Connection c, String sql, Object... params) throws SQLException {
        List<Object[]> rows = rows(c, sql, params);
        return rows.get(0);
    }

    public static List<Object[]> rows(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                List<Object[]> result = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    result.add(row);
                }
                return result;
            }
        }
    }

    static Number number(Object value) {
        return value == null ? 0 : (Number) value;
    }

    /** Parameters go in as zone-less UTC date-times, as the columns hold them, whatever the JVM's zone. */
    public static LocalDateTime timestamp(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** A nullable whole-number column as JDBC hands it over. */
    static Integer integerOrNull(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    /** A nullable number column as JDBC hands it over. */
    static Double doubleOrNull(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    /** A DATE column's value: DuckDB gives a {@link java.sql.Date}, ClickHouse a {@link LocalDate}. */
    public static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** A model's bytes: DuckDB gives a BLOB, ClickHouse keeps them base64-encoded in a String column. */
    public static byte[] blob(Object value) throws SQLException {
        if (value instanceof byte[] b) {
            return b;
        }
        if (value instanceof java.sql.Blob b) {
            return b.getBytes(1, (int) b.length());
        }
        if (value instanceof java.nio.ByteBuffer b) {
            byte[] copy = new byte[b.remaining()];
            b.duplicate().get(copy);
            return copy;
        }
        if (value instanceof String base64) {
            // See sql/clickhouse/V2__models.sql.
            return java.util.Base64.getDecoder().decode(base64);
        }
        throw new IllegalStateException("not a blob: " + value.getClass());
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp ts) {
            return ts.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime ldt) {
            return ldt.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.time.ZonedDateTime zdt) {
            return zdt.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + value.getClass());
    }
}
