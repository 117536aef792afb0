package dev.shoplens.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shoplens.store.read.ModelSummary;
import dev.shoplens.store.read.ShopStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The status's one JSON form, as {@code shoplens status} prints it and {@code GET /api/status} serves it. */
class StatusJsonTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void theServingModelsGoOutWithTheirMetricsAsJson() {
        ShopStatus status = new ShopStatus(
                "duckdb:shop.duckdb",
                12,
                10,
                2,
                Map.of("late", 2L),
                3,
                4,
                5,
                1,
                137.456,
                T0,
                T0.plusSeconds(60),
                List.of(new ModelSummary(
                        "churn", 2, 1, T0, T0.plusSeconds(5), 100, false, "{\"auc\":0.84}", true, true)));

        JsonNode json = StatusJson.status(status);

        assertThat(json.get("events").get("rejectedByReason").get("late").asLong())
                .isEqualTo(2);
        assertThat(json.get("revenue").asDouble()).isEqualTo(137.46);
        assertThat(json.get("models").get(0).get("kind").asText()).isEqualTo("churn");
        assertThat(json.get("models").get(0).get("version").asInt()).isEqualTo(2);
        assertThat(json.get("models").get(0).get("metrics").get("auc").asDouble())
                .isEqualTo(0.84);
    }
}
