package dev.shoplens.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shoplens.bench.harness.BenchReport;
import dev.shoplens.bench.harness.Rounds;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every suite at a tiny size, on the real services: a check that the harness measures and writes every figure, not
 * of how fast anything is.
 */
class BenchIT {

    static final BenchSettings TINY = new BenchSettings(
            "tiny",
            Path.of("unused"),
            new Rounds(0, 1),
            new Rounds(0, 1),
            2_000,
            1,
            2_000,
            2_000,
            new int[] {1_000, 2_000},
            500,
            400,
            100,
            500,
            5,
            12);

    @Test
    void everyFigureIsMeasuredAgainstItsBaselineAndWritten(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(progress, true, StandardCharsets.UTF_8);
        BenchReport report = new Bench(BenchCommand.suites(out), out).run(TINY);
        JsonNode json = new ObjectMapper().readTree(report.writeJson(dir).toFile());

        assertThat(progress.toString(StandardCharsets.UTF_8)).doesNotContain("skipped");
        assertThat(json.at("/machine/cores").asInt()).isPositive();
        assertThat(json.at("/machine/java").asText()).isNotBlank();
        Map<String, JsonNode> byName = new HashMap<>();
        json.get("results").forEach(r -> byName.put(r.get("name").asText(), r));
        assertThat(byName)
                .containsOnlyKeys(
                        "feature_job_small_heap_vs_bare",
                        "feature_job_small_heap_vs_floor",
                        "feature_job_small_heap_drain_seconds",
                        "feature_job_small_rocksdb_vs_bare",
                        "feature_job_small_rocksdb_vs_floor",
                        "feature_job_small_rocksdb_drain_seconds",
                        "feature_job_large_heap_vs_bare",
                        "feature_job_large_heap_vs_floor",
                        "feature_job_large_heap_drain_seconds",
                        "feature_job_large_rocksdb_vs_bare",
                        "feature_job_large_rocksdb_vs_floor",
                        "feature_job_large_rocksdb_drain_seconds",
                        "sink_duckdb_throughput",
                        "sink_clickhouse_throughput",
                        "retrain_1k_seconds",
                        "retrain_2k_seconds",
                        "scoring_throughput",
                        "kafka_path_throughput",
                        "lstm_training_throughput",
                        "retrain_night_100_seconds",
                        "pages_under_load_duckdb_p50_ms",
                        "pages_under_load_duckdb_p95_ms",
                        "pages_under_load_duckdb_succeeded_share",
                        "pages_under_load_clickhouse_p50_ms",
                        "pages_under_load_clickhouse_p95_ms",
                        "pages_under_load_clickhouse_succeeded_share",
                        "page_overview_duckdb_p50_ms",
                        "page_overview_duckdb_p95_ms",
                        "page_customers_duckdb_p50_ms",
                        "page_customers_duckdb_p95_ms",
                        "page_customer_duckdb_p50_ms",
                        "page_customer_duckdb_p95_ms",
                        "page_cohorts_duckdb_p50_ms",
                        "page_cohorts_duckdb_p95_ms",
                        "page_forecasts_duckdb_p50_ms",
                        "page_forecasts_duckdb_p95_ms",
                        "page_inventory_duckdb_p50_ms",
                        "page_inventory_duckdb_p95_ms",
                        "page_models_duckdb_p50_ms",
                        "page_models_duckdb_p95_ms",
                        "page_operations_duckdb_p50_ms",
                        "page_operations_duckdb_p95_ms",
                        "page_status_duckdb_p50_ms",
                        "page_status_duckdb_p95_ms",
                        "page_overview_clickhouse_p50_ms",
                        "page_overview_clickhouse_p95_ms",
                        "page_customers_clickhouse_p50_ms",
                        "page_customers_clickhouse_p95_ms",
                        "page_customer_clickhouse_p50_ms",
                        "page_customer_clickhouse_p95_ms",
                        "page_cohorts_clickhouse_p50_ms",
                        "page_cohorts_clickhouse_p95_ms",
                        "page_forecasts_clickhouse_p50_ms",
                        "page_forecasts_clickhouse_p95_ms",
                        "page_inventory_clickhouse_p50_ms",
                        "page_inventory_clickhouse_p95_ms",
                        "page_models_clickhouse_p50_ms",
                        "page_models_clickhouse_p95_ms",
                        "page_operations_clickhouse_p50_ms",
                        "page_operations_clickhouse_p95_ms",
                        "page_status_clickhouse_p50_ms",
                        "page_status_clickhouse_p95_ms",
                        "freshness_p50_seconds",
                        "freshness_p95_seconds",
                        "freshness_p99_seconds",
                        "demo_peak_heap_mb");
        byName.forEach((name, figure) -> {
            assertThat(figure.get("value").asDouble()).as(name).isPositive();
            assertThat(figure.get("baseline").asDouble()).as(name).isPositive();
            assertThat(figure.get("ratio").asDouble())
                    .as(name)
                    .isEqualTo(figure.get("value").asDouble()
                            / figure.get("baseline").asDouble());
            assertThat(figure.get("unit").asText()).as(name).isNotBlank();
        });
        assertThat(report.table()).contains("kafka_path_throughput", "freshness_p95_seconds");
    }
}
