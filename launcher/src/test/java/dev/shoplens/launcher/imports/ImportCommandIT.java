package dev.shoplens.launcher.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoplens.launcher.Cli;
import dev.shoplens.testing.ClickHouseTestEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shoplens import} and {@code shoplens status} as a user runs them, on real files, into a real DuckDB and the
 * ClickHouse engine.
 */
class ImportCommandIT {

    static final Path RETAIL = Path.of("../flink-jobs/src/test/resources/online-retail");
    static final String RETAIL_MAP = "customer=CustomerID,time=InvoiceDate,quantity=Quantity,price=UnitPrice,"
            + "order=InvoiceNo,product=StockCode,country=Country";

    @TempDir
    Path dir;

    @Test
    void importsTheOnlineRetailExcerptAndPrintsItsCounts() throws Exception {
        String out = Cli.run(
                "import",
                "--csv",
                RETAIL.toString(),
                "--data-dir",
                dir.toString(),
                "--map",
                "customer=CustomerID,time=InvoiceDate,quantity=Quantity,price=UnitPrice,order=InvoiceNo,"
                        + "product=StockCode,country=Country");
        JsonNode status = new ObjectMapper().readTree(out);
        long invoices = Files.list(RETAIL)
                .flatMap(f -> lines(f).stream().skip(1))
                .map(l -> l.split(",")[0])
                .distinct()
                .count();
        assertThat(status.path("events").path("accepted").asLong()).isEqualTo(invoices);
        assertThat(status.path("orders").asLong() + status.path("returns").asLong())
                .isEqualTo(invoices);
        assertThat(status.path("returns").asLong()).isEqualTo(5);
        assertThat(status.path("firstEventTime").asText()).isEqualTo("2010-12-01T08:26:00Z");

        String again = Cli.run("status", "--data-dir", dir.toString());
        assertThat(new ObjectMapper().readTree(again)).isEqualTo(status);
    }

    @Test
    void statusOnAClickHouseConfigurationReportsTheSameFiguresAsOnDuckDb() throws Exception {
        try (ClickHouseTestEngine clickhouse = ClickHouseTestEngine.start(dir.resolve("clickhouse"))) {
            Path config = Cli.clickHouseConfig(dir.resolve("shoplens.yaml"), clickhouse, "retail");
            String[] csv = {"--csv", RETAIL.toString(), "--map", RETAIL_MAP};
            Cli.run(Cli.concat(
                    new String[] {"import", "--data-dir", dir.resolve("duck").toString()}, csv));
            Cli.run(Cli.concat(new String[] {"import", "--config", config.toString()}, csv));

            ObjectNode onDuckDb =
                    totals(Cli.run("status", "--data-dir", dir.resolve("duck").toString()));
            ObjectNode onClickHouse = totals(Cli.run("status", "--config", config.toString()));
            assertThat(onClickHouse.path("events").path("accepted").asLong()).isPositive();
            assertThat(onClickHouse).isEqualTo(onDuckDb);
        }
    }

    /**
     * The status without what names the store and without the models: each import trains its own at parallelism 2,
     * where a version's training rows depend on how the two tasks' batches interleave.
     */
    private static ObjectNode totals(String statusJson) throws Exception {
        ObjectNode status = (ObjectNode) new ObjectMapper().readTree(statusJson);
        status.remove(List.of("store", "models"));
        return status;
    }

    @Test
    void importingTheSameEventsTwiceChangesNoTotal() throws Exception {
        Path events = dir.resolve("events.jsonl");
        Files.writeString(
                events,
                String.join(
                        "\n",
                        "{\"eventId\":\"a1\",\"type\":\"purchase\",\"time\":\"2026-01-02T10:00:00Z\",\"customerId\":\"c1\","
                                + "\"orderId\":\"o1\",\"lines\":[{\"productId\":\"p1\",\"quantity\":2,\"unitPrice\":5.0}]}",
                        "{\"eventId\":\"a2\",\"type\":\"view\",\"time\":\"2026-01-02T10:01:00Z\",\"productId\":\"p1\"}",
                        "not json",
                        ""));
        Path store = dir.resolve("store");
        String first = Cli.run("import", "--events", events.toString(), "--data-dir", store.toString());
        String second = Cli.run("import", "--events", events.toString(), "--data-dir", store.toString());
        assertThat(new ObjectMapper().readTree(second)).isEqualTo(new ObjectMapper().readTree(first));
        JsonNode status = new ObjectMapper().readTree(second);
        assertThat(status.path("events").path("accepted").asLong()).isEqualTo(2);
        assertThat(status.path("events")
                        .path("rejectedByReason")
                        .path("malformed_json")
                        .asLong())
                .isEqualTo(1);
        assertThat(status.path("revenue").asDouble()).isEqualTo(10.0);

        // Nothing of a fresh import is past its retention; a shorter one is taken, an unknown table refused.
        JsonNode compacted = new ObjectMapper()
                .readTree(Cli.run("compact", "--data-dir", store.toString(), "--keep", "rejected_events=30"));
        assertThat(compacted.fieldNames())
                .toIterable()
                .containsExactly(
                        "rejected_events", "event_counts", "customer_daily", "product_daily", "sequence_scores");
        assertThat(compacted.path("rejected_events").asLong()).isZero();
        assertThat(new ObjectMapper().readTree(Cli.run("status", "--data-dir", store.toString())))
                .isEqualTo(status);
    }

    private static java.util.List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
