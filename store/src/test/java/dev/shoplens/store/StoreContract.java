package dev.shoplens.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.shoplens.activity.EventCount;
import dev.shoplens.activity.IngestProgress;
import dev.shoplens.audiences.AudienceChange;
import dev.shoplens.features.CustomerDay;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.features.ProductDay;
import dev.shoplens.orders.OrderLineRow;
import dev.shoplens.orders.OrderRow;
import dev.shoplens.quality.RejectedEvent;
import dev.shoplens.scores.SegmentFlow;
import dev.shoplens.store.audit.AuditEntry;
import dev.shoplens.store.erasure.CustomerErasure;
import dev.shoplens.store.erasure.ErasureReport;
import dev.shoplens.store.read.CohortCell;
import dev.shoplens.store.read.CustomerOrder;
import dev.shoplens.store.read.ModelSummary;
import dev.shoplens.store.read.Overview;
import dev.shoplens.store.read.PurchasedLine;
import dev.shoplens.store.read.PurchasesVersion;
import dev.shoplens.store.read.ShopPulse;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.store.read.ShopStatus;
import dev.shoplens.store.schema.SchemaMigrator;
import dev.shoplens.store.write.ResultWriter;
import dev.shoplens.testing.TextColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every result store must do, whatever database is behind it (the customer list's part in
 * {@link CustomerListContract}). Subclasses supply a fresh, empty store per test.
 */
abstract class StoreContract extends CustomerListContract {

    static final Instant T0 = Instant.parse("2026-03-02T10:15:00Z");
    /**
     * When the sample's input was rejected: a rejection is stamped with the wall clock, and ClickHouse keeps rejected
     * input 90 days from then (a fixed date would age out as the calendar moves on).
     */
    static final Instant REJECTED_AT = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    /** A fresh, empty store. */
    @Override
    abstract StoreSettings store();

    /** The schema version a new store is at: its dialect's newest migration. */
    int newestSchemaVersion() {
        return 1;
    }

    @Test
    void purchasedLinesNameTheirCustomerAndAWriteOrAnErasureChangesTheirVersion() {
        StoreSettings settings = store();
        Instant t = Instant.parse("2026-01-10T10:00:00Z");
        Instant longAgo = t.minus(Duration.ofDays(400));
        try (ResultWriter writer = settings.openWriter()) {
            writer.writeOrders(List.of(
                    new OrderRow("e1", "o1", "c1", longAgo, "purchase", 1, 5.0),
                    new OrderRow("e2", "o2", "c1", t, "purchase", 2, 10.0),
                    new OrderRow("e3", "o3", "c2", t.plusSeconds(60), "purchase", 1, 5.0),
                    new OrderRow("e4", "o2", "c1", t.plusSeconds(120), "return", 1, 5.0)));
            writer.writeOrderLines(List.of(
                    new OrderLineRow("e1", "o1", 0, "p9", longAgo, "purchase", 1, 5.0),
                    new OrderLineRow("e2", "o2", 0, "p1", t, "purchase", 1, 5.0),
                    new OrderLineRow("e2", "o2", 1, "p2", t, "purchase", 1, 5.0),
                    new OrderLineRow("e3", "o3", 0, "p1", t.plusSeconds(60), "purchase", 1, 5.0),
                    new OrderLineRow("e4", "o2", 0, "p2", t.plusSeconds(120), "return", 1, 5.0)));
        }
        try (ShopReader reader = settings.openReader()) {
            assertThat(reader.purchases().lines(365))
                    .as("the year before the newest purchase, returns apart")
                    .containsExactly(
                            new PurchasedLine("c1", "o2", "p1", t),
                            new PurchasedLine("c1", "o2", "p2", t),
                            new PurchasedLine("c2", "o3", "p1", t.plusSeconds(60)));
            assertThat(reader.purchases().lines(500))
                    .hasSize(4)
                    .first()
                    .isEqualTo(new PurchasedLine("c1", "o1", "p9", longAgo));
            PurchasesVersion written = reader.purchases().version();
            assertThat(written.lines()).isEqualTo(5);
            assertThat(reader.purchases().version()).isEqualTo(written);

            reader.erasure().erase("c2", t.plusSeconds(3600));
            assertThat(reader.purchases().lines(365))
                    .extracting(PurchasedLine::customerId)
                    .containsOnly("c1");
            PurchasesVersion erased = reader.purchases().version();
            assertThat(erased.forgetsCustomersOf(written)).isTrue();

            try (ResultWriter writer = settings.openWriter()) {
                writer.writeOrderLines(
                        List.of(new OrderLineRow("e5", "o5", 0, "p3", t.plusSeconds(600), "purchase", 1, 5.0)));
            }
            assertThat(reader.purchases().version()).isNotEqualTo(erased);
            assertThat(reader.purchases().version().forgetsCustomersOf(erased)).isFalse();
        }
    }

    @Test
    void writesAreUpsertsSoAReplayChangesNoTotal() {
        StoreSettings settings = store();
        try (ResultWriter writer = settings.openWriter()) {
            writeSample(writer);
            writeSample(writer); // the replay
        }
        ShopStatus status;
        try (ShopReader reader = settings.openReader()) {
            status = reader.status();
        }
        assertThat(status.schemaVersion()).isEqualTo(newestSchemaVersion());
        assertThat(status.eventsAccepted()).isEqualTo(7);
        assertThat(status.orders()).isEqualTo(2);
        assertThat(status.returns()).isEqualTo(1);
        assertThat(status.revenue()).isEqualTo(30.0 + 12.5 - 5.0);
        assertThat(status.customers()).isEqualTo(2);
        assertThat(status.products()).isEqualTo(1);
        assertThat(status.eventsRejected()).isEqualTo(2);
        assertThat(status.rejectedByReason())
                .containsEntry("malformed_json", 1L)
                .containsEntry("late", 1L);
        assertThat(status.firstEventTime()).isEqualTo(T0);
        assertThat(status.lastEventTime()).isEqualTo(T0.plusSeconds(70));
    }

    @Test
    void lastRowOfABatchWinsForOneKey() {
        StoreSettings settings = store();
        try (ResultWriter writer = settings.openWriter()) {
            writer.writeProductDays(List.of(productDay(3), productDay(5)));
            writer.writeIngestProgress(List.of(new IngestProgress("validate-0", T0.plusSeconds(90), 9, T0)));
        }
        Overview overview;
        try (ShopReader reader = settings.openReader()) {
            overview = reader.overview(60, T0.plusSeconds(100));
        }
        assertThat(overview.today()).isEqualTo(LocalDate.of(2026, 3, 2));
        try (ShopReader reader = settings.openReader()) {
            assertThat(reader.status().products()).isEqualTo(1);
        }
    }

    @Test
    void overviewCountsTheEventTimeDayAndFreshness() {
        StoreSettings settings = store();
        try (ResultWriter writer = settings.openWriter()) {
            writeSample(writer);
            writer.writeIngestProgress(List.of(new IngestProgress("validate-0", T0.plusSeconds(130), 7, T0)));
        }
        Overview overview;
        ShopPulse.Day today;
        try (ShopReader reader = settings.openReader()) {
            overview = reader.overview(60, Instant.now());
            today = reader.pulse().now();
        }
        assertThat(today.orders()).isEqualTo(2);
        assertThat(today.revenue()).isEqualTo(37.5);
        assertThat(today.activeCustomers()).isEqualTo(2);
        assertThat(overview.lastMinutes())
                .extracting(Overview.MinuteCount::events)
                .containsExactly(4L, 3L);
        assertThat(overview.freshness().eventTimeLagSeconds()).isEqualTo(130.0 - 60.0);
        assertThat(overview.freshness().wallClockLagSeconds()).isBetween(0.0, 60.0);
    }

    @Test
    void pulseComparesTodayWithTheSameTimeOfDayLastWeek() {
        StoreSettings settings = store();
        Instant weekAgo = T0.minus(Duration.ofDays(7));
        try (ResultWriter writer = settings.openWriter()) {
            writeSample(writer); // today: c1 buys 30.00 and returns 5.00, c2 buys 12.50; both active
            writer.writeIngestProgress(List.of(new IngestProgress("validate-0", T0.plusSeconds(130), 7, T0)));
            writer.writeOrders(List.of(
                    new OrderRow("w0", "wo0", "c9", weekAgo.minus(Duration.ofDays(3)), "purchase", 1, 10.0),
                    new OrderRow("w1", "wo1", "c9", weekAgo.minusSeconds(3600), "purchase", 1, 20.0),
                    new OrderRow("w2", "wo1", "c9", weekAgo.minusSeconds(1800), "return", 1, 5.0),
                    new OrderRow("w3", "wo3", "c8", weekAgo, "purchase", 2, 15.0),
                    // later in the day than "now" is today: not part of the comparison
                    new OrderRow("w4", "wo4", "c7", weekAgo.plusSeconds(3600), "purchase", 1, 50.0)));
            LocalDate lastWeek = LocalDate.of(2026, 2, 23);
            writer.writeCustomerDays(List.of(
                    new CustomerDay("c9", lastWeek, 3, 1, 1, 20.0, 1, weekAgo),
                    new CustomerDay("c8", lastWeek, 2, 1, 1, 15.0, 0, weekAgo),
                    new CustomerDay("c7", lastWeek, 1, 1, 1, 50.0, 0, weekAgo),
                    new CustomerDay("c6", lastWeek, 4, 0, 0, 0.0, 0, weekAgo)));
            writer.writeCustomerFeatures(List.of(features("c9", weekAgo)));
            writer.writeCustomerScores(List.of(
                    CustomerListContract.score("c1", 0.7, "a"),
                    CustomerListContract.score("c2", 0.2, "a"),
                    CustomerListContract.score("c9", 0.65, "a")));
        }
        ShopPulse pulse;
        try (ShopReader reader = settings.openReader()) {
            pulse = reader.pulse();
        }
        assertThat(pulse.today()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(pulse.until()).isEqualTo(T0.plusSeconds(130));
        assertThat(pulse.now()).isEqualTo(new ShopPulse.Day(2, 37.5, 2, 2, 2, 2));
        assertThat(pulse.weekAgo()).isEqualTo(new ShopPulse.Day(2, 30.0, 2, 1, 4, 3));
        assertThat(pulse.weekAgo().conversion()).isEqualTo(0.75);
        assertThat(pulse.atRiskCustomers()).isEqualTo(2);
        assertThat(pulse.atRiskRevenue90d()).isEqualTo(60.0);
    }

    @Test
    void anEmptyStoresPulseIsZero() {
        StoreSettings settings = store();
        settings.openWriter().close(); // creates the schema
        try (ShopReader reader = settings.openReader()) {
            ShopPulse pulse = reader.pulse();
            assertThat(pulse.today()).isNull();
            assertThat(pulse.now().conversion()).isNull();
            assertThat(pulse.atRiskCustomers()).isZero();
        }
    }

    @Test
    void theModelRegistryKeepsEveryVersionWithItsModel() {
        StoreSettings settings = store();
        try (ResultWriter writer = settings.openWriter()) {
            writer.writeModelVersions(List.of(
                    ModelStoreTest.version(1, false, "{\"auc\":0.81}"),
                    ModelStoreTest.version(2, true, "{\"auc\":0.84}")));
        }
        try (ShopReader reader = settings.openReader()) {
            List<ModelSummary> versions = reader.models().versions("churn");
            assertThat(versions).extracting(ModelSummary::version).containsExactly(1, 2);
            assertThat(versions).extracting(ModelSummary::serving).containsExactly(false, true);
            assertThat(versions.get(1).metricsJson()).isEqualTo("{\"auc\":0.84}");
            assertThat(versions.get(1).fullRetrain()).isFalse();
            assertThat(reader.models().model("churn", 2)).contains(ModelStoreTest.MODEL);
            assertThat(reader.models().versions("purchase")).isEmpty();
            assertThat(reader.status().models())
                    .as("status lists what serves")
                    .extracting(ModelSummary::version)
                    .containsExactly(2);
        }
    }

    @Test
    void segmentFlowsReadTheirNewestRowsFromADay() {
        StoreSettings settings = store();
        LocalDate day = LocalDate.of(2026, 3, 2);
        try (ResultWriter writer = settings.openWriter()) {
            writer.writeSegmentFlows(List.of(
                    new SegmentFlow(day, 1, 3, "lapsed", 2),
                    new SegmentFlow(day, -1, 1, "recent buyers", 30),
                    new SegmentFlow(day.minusDays(1), -1, 1, "recent buyers", 12)));
            writer.writeSegmentFlows(List.of(new SegmentFlow(day, 1, 3, "lapsed, one-off", 5))); // rewritten
        }
        try (ShopReader reader = settings.openReader()) {
            assertThat(reader.cohorts().segmentFlows(day))
                    .containsExactly(
                            new SegmentFlow(day, -1, 1, "recent buyers", 30),
                            new SegmentFlow(day, 1, 3, "lapsed, one-off", 5));
        }
    }

    @Test
    void rejectedInputPagesByReasonAndSourcesReportProgress() {
        StoreSettings settings = store();
        try (ResultWriter writer = settings.openWriter()) {
            writeSample(writer);
            writer.writeRejected(List.of(new RejectedEvent(
                    "late", "3 h late", "file:b.jsonl:1", "{\"a\":1}", REJECTED_AT.plusSeconds(30), "e10")));
            writer.writeIngestProgress(List.of(
                    new IngestProgress("kafka-0", T0.plusSeconds(130), 7, T0.plusSeconds(131)),
                    new IngestProgress("kafka-1", T0.plusSeconds(20), 2, T0.plusSeconds(131))));
        }
        try (ShopReader reader = settings.openReader()) {
            assertThat(reader.ingest().rejectedByReason())
                    .containsExactly(Map.entry("late", 2L), Map.entry("malformed_json", 1L));
            assertThat(reader.ingest().countRejected(null)).isEqualTo(3);
            assertThat(reader.ingest().countRejected("late")).isEqualTo(2);
            assertThat(reader.ingest().countRejected("' OR 1=1 --")).isZero();
            List<RejectedEvent> late = reader.ingest().rejected("late", 0, 10);
            assertThat(late).extracting(RejectedEvent::origin).containsExactly("file:b.jsonl:1", "file:a.jsonl:9");
            assertThat(late.get(0).payload()).isEqualTo("{\"a\":1}");
            assertThat(late.get(0).rejectedAt()).isEqualTo(REJECTED_AT.plusSeconds(30));
            assertThat(late.get(0).eventId()).isEqualTo("e10");
            assertThat(reader.ingest().rejected(null, 1, 1))
                    .extracting(RejectedEvent::origin)
                    .containsExactly("file:a.jsonl:3");
            assertThat(reader.ingest().sources())
                    .extracting(IngestProgress::source)
                    .containsExactly("kafka-1", "kafka-0");
            assertThat(reader.ingest().sources().get(1).events()).isEqualTo(7);
        }
    }

    @Test
    void cohortsCountWhoCameBackInLaterMonths() {
        StoreSettings settings = store();
        Instant jan = Instant.parse("2026-01-10T12:00:00Z");
        Instant feb = Instant.parse("2026-02-03T12:00:00Z");
        Instant mar = Instant.parse("2026-03-01T12:00:00Z");
        try (ResultWriter writer = settings.openWriter()) {
            writer.writeOrders(List.of(
                    new OrderRow("j1", "oj1", "a", jan, "purchase", 1, 10.0),
                    new OrderRow("j2", "oj2", "b", jan, "purchase", 1, 20.0),
                    new OrderRow("j3", "oj3", "a", feb, "purchase", 1, 5.0),
                    new OrderRow("j4", "oj4", "a", mar, "purchase", 1, 7.0),
                    new OrderRow("j5", "oj4", "a", mar, "return", 1, 7.0),
                    new OrderRow("f1", "of1", "c", feb, "purchase", 1, 30.0),
                    new OrderRow("f2", "of2", "c", feb.plusSeconds(60), "purchase", 1, 1.0),
                    new OrderRow("n1", "on1", null, feb, "purchase", 1, 99.0)));
        }
        try (ShopReader reader = settings.openReader()) {
            assertThat(reader.cohorts().months(YearMonth.of(2025, 12)))
                    .containsExactly(
                            new CohortCell(YearMonth.of(2026, 1), 0, 2, 30.0),
                            new CohortCell(YearMonth.of(2026, 1), 1, 1, 5.0),
                            new CohortCell(YearMonth.of(2026, 1), 2, 1, 7.0),
                            new CohortCell(YearMonth.of(2026, 2), 0, 1, 31.0));
            assertThat(reader.cohorts().months(YearMonth.of(2026, 2)))
                    .containsExactly(new CohortCell(YearMonth.of(2026, 2), 0, 1, 31.0));
        }
    }

    @Test
    void aLatePurchaseInAnEarlierMonthMovesTheCustomersCohortAndAReplayChangesNoCell() {
        StoreSettings settings = store();
        List<OrderRow> february = List.of(
                new OrderRow("a2", "oa2", "a", Instant.parse("2026-02-03T12:00:00Z"), "purchase", 1, 5.0),
                new OrderRow("b2", "ob2", "b", Instant.parse("2026-02-04T12:00:00Z"), "purchase", 1, 8.0));
        try (ResultWriter writer = settings.openWriter()) {
            writer.writeOrders(february);
            writer.writeOrders(List.of(
                    new OrderRow("a1", "oa1", "a", Instant.parse("2026-01-20T12:00:00Z"), "purchase", 2, 10.0)));
            writer.writeOrders(february);
        }
        try (ShopReader reader = settings.openReader()) {
            assertThat(reader.cohorts().months(YearMonth.of(2026, 1)))
                    .containsExactly(
                            new CohortCell(YearMonth.of(2026, 1), 0, 1, 10.0),
                            new CohortCell(YearMonth.of(2026, 1), 1, 1, 5.0),
                            new CohortCell(YearMonth.of(2026, 2), 0, 1, 8.0));
        }
    }

    /**
     * A store that an earlier release left at schema version 5, with orders, gets its cohort summary from them when
     * it migrates. {@code connect} opens a plain connection to the store {@code settings} names.
     */
    void cohortsSurviveTheMigrationFromVersion5(StoreSettings settings, Connections connect) throws SQLException {
        try (Connection c = connect.open();
                Statement st = c.createStatement()) {
            new SchemaMigrator(dialect()).migrateTo(c, 5);
            st.execute("INSERT INTO orders (event_id, order_id, customer_id, time, kind, units, amount, written_at)"
                    + " VALUES ('e1', 'o1', 'c1', '2026-01-21 10:00:00', 'purchase', 1, 4.0, '2026-03-02 10:00:00'),"
                    + " ('e2', 'o2', 'c1', '2026-03-02 10:15:00', 'purchase', 3, 30.0, '2026-03-02 10:15:00'),"
                    + " ('e3', 'o2', 'c1', '2026-03-02 10:16:05', 'return', 1, 5.0, '2026-03-02 10:16:05'),"
                    + " ('e4', 'o3', 'c2', '2026-03-02 10:15:05', 'purchase', 1, 12.5, '2026-03-02 10:15:05')");
        }
        try (ResultWriter migrating = settings.openWriter();
                ShopReader reader = settings.openReader()) {
            assertThat(reader.status().schemaVersion()).isEqualTo(newestSchemaVersion());
            assertThat(reader.cohorts().months(YearMonth.of(2025, 12)))
                    .containsExactly(
                            new CohortCell(YearMonth.of(2026, 1), 0, 1, 4.0),
                            new CohortCell(YearMonth.of(2026, 1), 2, 1, 30.0),
                            new CohortCell(YearMonth.of(2026, 3), 0, 1, 12.5));
        }
    }

    @Test
    void theAuditLogKeepsWhoDidWhatWhenNewestFirst() {
        StoreSettings settings = store();
        try (ResultWriter migrating = settings.openWriter();
                ShopReader reader = settings.openReader()) {
            assertThat(reader.auditLog().entries(0, 10)).isEmpty();
            reader.auditLog()
                    .record(new AuditEntry(T0, "ana", "savepoint", "shoplens-features: file:///sp/savepoint-1"));
            reader.auditLog()
                    .record(new AuditEntry(T0.plusSeconds(60), "o'brien", "policy", "product p1: 7 days, 95 %"));
            reader.auditLog().record(new AuditEntry(T0.plusSeconds(30), "ana", "retrain", "purchase_lstm promoted v3"));

            assertThat(reader.auditLog().entries(0, 10))
                    .extracting(AuditEntry::user, AuditEntry::action, AuditEntry::at)
                    .containsExactly(
                            tuple("o'brien", "policy", T0.plusSeconds(60)),
                            tuple("ana", "retrain", T0.plusSeconds(30)),
                            tuple("ana", "savepoint", T0));
            assertThat(reader.auditLog().entries(1, 1))
                    .extracting(AuditEntry::detail)
                    .containsExactly("purchase_lstm promoted v3");
        }
    }

    /** Ids as shops and attackers write them; every one must come back exactly as it went in. */
    static final List<String> UNUSUAL_IDS = List.of(
            "o'brien",
            "back\\slash\\",
            "quote \"double\" and 'single'",
            "new\nline\r\n",
            "tab\tid",
            "顧客-42",
            "Ωμέγα",
            "emoji 😀",
            "'); DROP TABLE orders; --",
            "%_like_\\%");

    @Test
    void idsWithQuotesBackslashesLineBreaksAndAnyScriptComeBackUnchanged() {
        StoreSettings settings = store();
        Instant jan = Instant.parse("2026-01-10T12:00:00Z");
        try (ResultWriter writer = settings.openWriter()) {
            for (int i = 0; i < UNUSUAL_IDS.size(); i++) {
                String id = UNUSUAL_IDS.get(i);
                writer.writeOrders(List.of(new OrderRow("e" + i, "order of " + id, id, jan, "purchase", 1, 10.0 + i)));
                writer.writeCustomerFeatures(List.of(features(id, jan)));
            }
        }
        try (ShopReader reader = settings.openReader()) {
            for (int i = 0; i < UNUSUAL_IDS.size(); i++) {
                String id = UNUSUAL_IDS.get(i);
                assertThat(reader.customers().find(id)).as(id).hasValueSatisfying(row -> assertThat(row.customerId())
                        .isEqualTo(id));
                assertThat(reader.customers().orders(id, 10))
                        .as(id)
                        .extracting(CustomerOrder::orderId, CustomerOrder::amount)
                        .containsExactly(tuple("order of " + id, 10.0 + i));
            }
            // The months of every one of them were recomputed from their orders.
            assertThat(reader.cohorts().months(YearMonth.of(2026, 1)))
                    .containsExactly(new CohortCell(
                            YearMonth.of(2026, 1), 0, UNUSUAL_IDS.size(), 10.0 * UNUSUAL_IDS.size() + 45.0));
            assertThat(reader.status().customers()).isEqualTo(UNUSUAL_IDS.size());
        }
    }

    /**
     * A deletion request honoured: no text column of any table holds the erased id any more (every version of every
     * row, not only what reads see), another customer is untouched, the shop's revenue and order counts keep the
     * erased customer's orders (anonymised), the customer count drops, and the erased list holds the id's hash.
     * {@code connect} opens a plain connection to the store {@code settings} names.
     */
    void erasureLeavesNoRowWithTheId(StoreSettings settings, Connections connect) throws SQLException {
        String erased = "erase-me ü'42";
        String kept = "keep-me";
        Instant jan = Instant.parse("2026-01-10T12:00:00Z");
        try (ResultWriter writer = settings.openWriter()) {
            writer.writeOrders(List.of(
                    new OrderRow("e1", "o1", erased, jan, "purchase", 2, 30.0),
                    new OrderRow("e2", "o1", erased, jan.plusSeconds(60), "return", 1, 10.0),
                    new OrderRow("e3", "o2", kept, jan, "purchase", 1, 12.5)));
            writer.writeCustomerFeatures(List.of(features(erased, jan), features(kept, jan)));
            writer.writeCustomerScores(List.of(score(erased, 0.7, "lapsed"), score(kept, 0.1, "loyal")));
            writer.writeCustomerDays(List.of(
                    new CustomerDay(erased, LocalDate.of(2026, 1, 10), 3, 1, 1, 30.0, 0, jan),
                    new CustomerDay(kept, LocalDate.of(2026, 1, 10), 1, 1, 1, 12.5, 0, jan)));
            writer.writeAudienceChanges(List.of(
                    new AudienceChange("a1", 1, erased, 1, true, jan, 0.7, 0.2, 100.0, "lapsed"),
                    new AudienceChange("a1", 1, kept, 1, true, jan, 0.1, 0.8, 50.0, "loyal")));
            writer.writeRejected(List.of(
                    new RejectedEvent(
                            "late", "2 h late", "file:a:1", "{\"customerId\":\"" + erased + "\"}", REJECTED_AT, "x1"),
                    new RejectedEvent(
                            "late", "2 h late", "file:a:2", "{\"customerId\":\"" + kept + "\"}", REJECTED_AT, "x2")));
        }
        try (Connection c = connect.open();
                PreparedStatement insert = c.prepareStatement("INSERT INTO sequence_scores (day, kind, customer_id,"
                        + " lstm_probability, lstm_version, written_at) VALUES (?, 'churn', ?, 0.5, 1, ?)")) {
            for (String id : List.of(erased, kept)) {
                insert.setObject(1, LocalDate.of(2026, 1, 11));
                insert.setString(2, id);
                // Written now, as the retrain writes them: ClickHouse keeps nightly scores 180 days from their write.
                insert.setObject(3, LocalDateTime.now(java.time.ZoneOffset.UTC).withNano(0));
                insert.executeUpdate();
            }
        }
        ShopStatus before;
        ErasureReport report;
        try (ShopReader reader = settings.openReader()) {
            before = reader.status();
            report = reader.erasure().erase(erased, jan.plusSeconds(3600));
        }

        assertThat(report.customerHash()).isEqualTo(CustomerErasure.hash(erased));
        assertThat(report.ordersAnonymised()).isEqualTo(2);
        assertThat(report.rowsDeleted())
                .containsEntry("customer_features", 1L)
                .containsEntry("customer_scores", 1L)
                .containsEntry("sequence_scores", 1L)
                .containsEntry("customer_daily", 1L)
                .containsEntry("customer_months", 1L)
                .containsEntry("audience_changes", 1L)
                .containsEntry("rejected_events", 1L);
        try (Connection c = connect.open()) {
            assertThat(TextColumns.holding(c, dialect(), erased))
                    .as("text columns that still hold the id")
                    .isEmpty();
            assertThat(TextColumns.holding(c, dialect(), kept))
                    .contains("customer_features.customer_id", "orders.customer_id");
        }
        try (ShopReader reader = settings.openReader()) {
            ShopStatus after = reader.status();
            assertThat(after.revenue()).isEqualTo(before.revenue());
            assertThat(after.orders()).isEqualTo(before.orders());
            assertThat(after.returns()).isEqualTo(before.returns());
            assertThat(after.customers()).isEqualTo(before.customers() - 1);
            assertThat(reader.customers().find(erased)).isEmpty();
            assertThat(reader.customers().find(kept)).isPresent();
            assertThat(reader.erasure().erasedHashes()).containsExactly(CustomerErasure.hash(erased));
            // A second request for the same customer finds nothing left to do.
            assertThat(reader.erasure().erase(erased, jan.plusSeconds(7200)).totalRowsDeleted())
                    .isZero();
        }
    }

    /**
     * A customer the store keeps as a pseudonym: erasing it with the shop's own id removes the rows under the
     * pseudonym and the rejected input that mentions either (rejected payloads keep the id as it came), and the erased
     * list holds the pseudonym's hash alone, never anything of the shop's own id.
     */
    void erasureOfAPseudonymTakesTheRejectedInputWithTheOwnIdToo(StoreSettings settings, Connections connect)
            throws SQLException {
        String own = "alice@example.com";
        String pseudonym = "c-49004518459daba259918f451916b389";
        Instant jan = Instant.parse("2026-01-10T12:00:00Z");
        try (ResultWriter writer = settings.openWriter()) {
            writer.writeOrders(List.of(new OrderRow("e1", "o1", pseudonym, jan, "purchase", 2, 30.0)));
            writer.writeCustomerFeatures(List.of(features(pseudonym, jan), features("c-other", jan)));
            writer.writeRejected(List.of(
                    new RejectedEvent(
                            "malformed_json", "bad", "file:a:1", "{\"customerId\":\"" + own + "\",", REJECTED_AT, null),
                    new RejectedEvent(
                            "late",
                            "2 h late",
                            "file:a:2",
                            "{\"customerId\":\"" + pseudonym + "\"}",
                            REJECTED_AT,
                            "x2"),
                    new RejectedEvent(
                            "late", "2 h late", "file:a:3", "{\"customerId\":\"c-other\"}", REJECTED_AT, "x3")));
        }
        ErasureReport report;
        try (ShopReader reader = settings.openReader()) {
            report = reader.erasure().erase(pseudonym, own, jan.plusSeconds(3600));
            assertThat(reader.erasure().erasedHashes()).containsExactly(CustomerErasure.hash(pseudonym));
            assertThat(reader.customers().find("c-other")).isPresent();
        }

        assertThat(report.rowsDeleted()).containsEntry("customer_features", 1L).containsEntry("rejected_events", 2L);
        assertThat(report.ordersAnonymised()).isEqualTo(1);
        try (Connection c = connect.open()) {
            assertThat(TextColumns.holding(c, dialect(), pseudonym)).isEmpty();
            assertThat(TextColumns.holding(c, dialect(), own)).isEmpty();
            assertThat(TextColumns.holding(c, dialect(), CustomerErasure.hash(own)))
                    .isEmpty();
        }
    }

    /** The store's SQL dialect, as the schema folders name it. */
    abstract String dialect();

    /** A plain connection to a store. */
    @FunctionalInterface
    interface Connections {
        Connection open() throws SQLException;
    }

    static void writeSample(ResultWriter writer) {
        writer.writeOrders(List.of(
                new OrderRow("e1", "o1", "c1", T0, "purchase", 3, 30.0),
                new OrderRow("e2", "o2", "c2", T0.plusSeconds(5), "purchase", 1, 12.5),
                new OrderRow("e3", "o1", "c1", T0.plusSeconds(65), "return", 1, 5.0)));
        writer.writeCustomerFeatures(List.of(features("c1", T0.plusSeconds(60)), features("c2", T0.plusSeconds(5))));
        writer.writeEventCounts(List.of(
                new EventCount(T0, "view", 2, T0, T0.plusSeconds(40)),
                new EventCount(T0, "purchase", 2, T0, T0.plusSeconds(5)),
                new EventCount(T0.plusSeconds(60), "view", 3, T0.plusSeconds(61), T0.plusSeconds(70))));
        writer.writeRejected(List.of(
                new RejectedEvent("malformed_json", "Unexpected end", "file:a.jsonl:3", "{", REJECTED_AT, null),
                new RejectedEvent("late", "2 h late", "file:a.jsonl:9", "{...}", REJECTED_AT, "e9")));
        writer.writeProductDays(List.of(productDay(3)));
    }

    private static ProductDay productDay(int units) {
        return new ProductDay("p1", LocalDate.of(2026, 3, 2), "kitchen", units, 1, units * 10.0, 4, 2, 17, T0);
    }

    private static CustomerFeatures features(String id, Instant asOf) {
        return new CustomerFeatures(
                id, asOf, T0, T0, 0.0, 1, 1, 1, 30.0, 30.0, 30.0, 1, 30.0, 30.0, 3, 1, 0, 0.0, 1, 0.0, null, 0.0, 1);
    }
}
