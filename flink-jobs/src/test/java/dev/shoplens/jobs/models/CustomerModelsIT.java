package dev.shoplens.jobs.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shoplens.audiences.Audience;
import dev.shoplens.event.EventFeed;
import dev.shoplens.jobs.FeatureJob;
import dev.shoplens.jobs.FeatureJobSettings;
import dev.shoplens.jobs.sink.StoreSinks;
import dev.shoplens.jobs.source.FeedSource;
import dev.shoplens.models.explain.ReasonPhrases;
import dev.shoplens.models.labels.Horizons;
import dev.shoplens.simulator.SimulatedFeed;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.audiences.AudienceBook;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.time.ShopClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The customer models inside the feature job on a MiniCluster at parallelism 2: labels mature in event time, the
 * trainer registers every version with its metrics on unseen labels, new versions reach both scoring subtasks as
 * broadcast state, and every customer ends scored by the serving versions, with reasons. Run twice: the same
 * events make the same versions with the same test results.
 */
class CustomerModelsIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());

    static final EventFeed SIMULATION =
            new SimulatedFeed(11, 500, 40, Instant.parse("2026-01-05T00:00:00Z"), ShopClock.system(), 90_000);

    @TempDir
    static Path dir;

    @TempDir
    static Path againDir;

    static DuckDbSettings store;
    static DuckDbSettings again;

    @BeforeAll
    static void runTheJobTwice() throws Exception {
        store = runTheJob(dir);
        again = runTheJob(againDir);
    }

    /** The job on the simulation at parallelism 2 with periodic watermarks, as the demo runs it. */
    static DuckDbSettings runTheJob(Path into) throws Exception {
        DuckDbSettings settings = DuckDbSettings.inDataDir(into);
        settings.migrate();
        try (ShopReader reader = settings.openReader()) {
            // Saved before the job starts, which reads them once (a bounded replay).
            reader.audiences().save(Audience.define(AT_RISK, "churn_risk >= 50%", "manager", Instant.EPOCH));
            reader.audiences()
                    .save(Audience.define(
                            REPEAT_AT_RISK, "orders_total >= 2 and churn_risk >= 0.3", "manager", Instant.EPOCH));
            reader.audiences()
                    .save(Audience.define(
                            BUYERS_NEVER_TOYS,
                            "orders_total >= 1 and bought_category != Toys",
                            "manager",
                            Instant.EPOCH));
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        FeatureJobSettings job = FeatureJobSettings.forReplay().withParallelism(2);
        // A 30-day value horizon, so that every kind of model has matured labels within the simulation's months.
        ModelSettings models = ModelSettings.defaults()
                .withHorizons(new Horizons(Duration.ofDays(30), Duration.ofDays(7), Duration.ofDays(30)))
                .withDataEnd(EventFeed.newestEventTime(SIMULATION, job.limits(), Instant.now())
                        .orElseThrow());
        new FeatureJob(
                        FeedSource.of(SIMULATION),
                        1,
                        new StoreSinks(settings, 5_000, Duration.ofMillis(500)),
                        job,
                        models)
                .addTo(env);
        env.execute("customer models IT");
        return settings;
    }

    static final String AT_RISK = "At risk";
    static final String REPEAT_AT_RISK = "Repeat buyers at risk";
    static final String BUYERS_NEVER_TOYS = "Buyers who never bought toys";

    @Test
    void eachAudienceEndsWithTheCustomersWhoseNewestScoresMeetItsRule() throws Exception {
        for (DuckDbSettings run : List.of(store, again)) {
            List<String> atRisk =
                    rows(run, "SELECT customer_id FROM customer_scores WHERE churn_probability >= 0.5 ORDER BY 1");
            List<String> repeatAtRisk = rows(
                    run,
                    "SELECT s.customer_id FROM customer_scores s JOIN customer_features f USING (customer_id)"
                            + " WHERE f.total_orders >= 2 AND s.churn_probability >= 0.3 ORDER BY 1");
            assertThat(atRisk).as("a rule that admits some").isNotEmpty().hasSizeLessThan((int)
                    rowsOf("SELECT count(*) FROM customer_scores"));
            assertThat(repeatAtRisk).isNotEmpty();
            // The simulation's purchase lines name their product's category, as its views do (product_daily's).
            List<String> neverToys = rows(
                    run,
                    "SELECT s.customer_id FROM customer_scores s JOIN customer_features f USING (customer_id)"
                            + " WHERE f.total_orders >= 1 AND s.customer_id NOT IN (SELECT o.customer_id"
                            + " FROM orders o JOIN order_lines l USING (event_id) JOIN (SELECT DISTINCT product_id,"
                            + " category FROM product_daily) p USING (product_id)"
                            + " WHERE o.kind = 'purchase' AND o.customer_id IS NOT NULL AND p.category = 'toys')"
                            + " ORDER BY 1");
            assertThat(neverToys)
                    .as("buyers, some of whom never bought toys")
                    .isNotEmpty()
                    .hasSizeLessThan((int) rowsOf("SELECT count(DISTINCT customer_id) FROM orders"));
            try (ShopReader reader = run.openReader()) {
                AudienceBook book = reader.audiences();
                assertThat(members(book, AT_RISK)).containsExactlyElementsOf(atRisk);
                assertThat(members(book, REPEAT_AT_RISK)).containsExactlyElementsOf(repeatAtRisk);
                assertThat(members(book, BUYERS_NEVER_TOYS)).containsExactlyElementsOf(neverToys);
            }
            // Each customer's changes in an audience alternate, enter first, numbered in order.
            assertThat(rows(
                            run,
                            "SELECT audience_id, customer_id FROM (SELECT audience_id, customer_id, change, seq,"
                                    + " lag(change) OVER (PARTITION BY audience_id, customer_id ORDER BY seq)"
                                    + " AS before FROM audience_changes) WHERE change = coalesce(before, 'leave')"))
                    .isEmpty();
        }
    }

    private static List<String> members(AudienceBook book, String name) {
        return book.members(Audience.idOf(name), 100_000).stream()
                .map(m -> m.customerId() + " | ")
                .sorted()
                .toList();
    }

    @Test
    void twoRunsOfTheSameEventsMakeTheSameVersionsWithTheSameTests() throws Exception {
        String registry = "SELECT kind, version, parent, trained_at, training_rows, full_retrain, metrics, promoted,"
                + " serving FROM model_versions ORDER BY kind, version";
        List<String> first = rows(store, registry);
        assertThat(first).hasSizeGreaterThan(20);
        // Upstream subtasks interleave differently on every run; snapshots, labels, their order at the trainer and
        // so every version and its test must not depend on that.
        assertThat(rows(again, registry)).containsExactlyElementsOf(first);
    }

    @Test
    void everyKindHasVersionsTestedOnUnseenLabelsAndTheServingOnesBeatChance() throws Exception {
        Map<String, Integer> serving = servingVersions();
        Map<String, Integer> newest = versions("SELECT kind, max(version) FROM model_versions GROUP BY kind");
        assertThat(serving).containsKeys("churn", "purchase", "value", "segments");
        assertThat(rowsOf("SELECT count(*) FROM model_versions WHERE NOT serving"))
                .as("versions that were not promoted are recorded too")
                .isPositive();
        try (Connection c = store.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT kind, version, parent, metrics, promoted, serving"
                        + " FROM model_versions WHERE kind IN ('churn', 'purchase') ORDER BY kind, version")) {
            int tested = 0;
            while (rs.next()) {
                String who = rs.getString("kind") + " v" + rs.getInt("version");
                // Every version but the newest (still waiting for labels it has not seen) was tested.
                if (rs.getInt("version") < newest.get(rs.getString("kind"))) {
                    assertThat(rs.getString("metrics"))
                            .as(who + " was scored on labels it had not seen before it could serve")
                            .isNotNull();
                    tested++;
                }
                if (rs.getBoolean("serving")) {
                    JsonNode metrics = new ObjectMapper().readTree(rs.getString("metrics"));
                    System.out.printf(
                            "%s serving: AUC %.3f on %d unseen labels (recency only %.3f)%n",
                            who,
                            metrics.path("auc").asDouble(),
                            metrics.path("rows").asLong(),
                            metrics.path("recencyOnly").path("auc").asDouble());
                    assertThat(metrics.path("auc").asDouble()).as(who).isGreaterThan(0.7);
                    assertThat(metrics.path("rows").asLong()).as(who).isPositive();
                }
            }
            assertThat(tested).as("versions after the first").isGreaterThan(2);
        }
    }

    /** One to three reasons, each {@code code=figure:contribution}, joined by ';'. */
    static final String STORED_REASONS =
            "[a-z_0-9]+=[0-9.]*:[+-]\\d+\\.\\d\\d(;[a-z_0-9]+=[0-9.]*:[+-]\\d+\\.\\d\\d){0,2}";

    @Test
    void everyCustomerEndsScoredByTheServingVersionsWithReasons() throws Exception {
        Map<String, Integer> serving = servingVersions();
        int scored = 0;
        try (Connection c = store.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT s.*, f.customer_id AS known FROM customer_features f"
                        + " LEFT JOIN customer_scores s ON s.customer_id = f.customer_id")) {
            while (rs.next()) {
                String who = rs.getString("known");
                assertThat(rs.getString("customer_id")).as(who + " has a score").isNotNull();
                // At the end of the input every customer whose score was older was rescored with the final versions.
                assertThat(rs.getInt("churn_version")).as(who).isEqualTo(serving.get("churn"));
                assertThat(rs.getInt("purchase_version")).as(who).isEqualTo(serving.get("purchase"));
                assertThat(rs.getInt("segment_version")).as(who).isEqualTo(serving.get("segments"));
                // Stored without words, every reason a known fact that the dashboard can phrase.
                for (String reasons : new String[] {rs.getString("churn_reasons"), rs.getString("purchase_reasons")}) {
                    assertThat(reasons).as(who).isNotBlank().matches(STORED_REASONS);
                    assertThat(ReasonPhrases.ENGLISH.briefs(reasons)).as(who).doesNotContain("=");
                }
                assertThat(rs.getString("segment_name")).as(who).isNotBlank();
                scored++;
            }
        }
        assertThat(scored).isGreaterThan(200);
    }

    private static List<String> rows(DuckDbSettings from, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = from.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append(" | ");
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static long rowsOf(String sql) throws SQLException {
        try (Connection c = store.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, Integer> servingVersions() throws SQLException {
        return versions("SELECT kind, max(version) FROM model_versions WHERE serving GROUP BY kind");
    }

    private static Map<String, Integer> versions(String sql) throws SQLException {
        Map<String, Integer> byKind = new HashMap<>();
        try (Connection c = store.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                byKind.put(rs.getString(1), rs.getInt(2));
            }
        }
        return byKind;
    }
}
