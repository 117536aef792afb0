package dev.shoplens.dashboard.models;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The figures a version was measured by on labels it had not seen, read from the registry's metrics JSON: AUC, log
 * loss and Brier score for churn and purchase, mean absolute errors for value. Null where not measured (yet).
 */
record ModelMetrics(Long rows, Double auc, Double logLoss, Double brier, Double ordersMae, Double revenueMae) {

    static final ModelMetrics NONE = new ModelMetrics(null, null, null, null, null, null);

    private static final ObjectMapper JSON = new ObjectMapper();

    static ModelMetrics of(String json) {
        if (json == null || json.isBlank()) {
            return NONE;
        }
        try {
            JsonNode node = JSON.readTree(json);
            return new ModelMetrics(
                    node.hasNonNull("rows") ? node.get("rows").asLong() : null,
                    number(node, "auc"),
                    number(node, "logLoss"),
                    number(node, "brier"),
                    number(node, "ordersMae"),
                    number(node, "revenueMae"));
        } catch (JsonProcessingException e) {
            // A registry row the page cannot read shows as unmeasured rather than failing the page.
            return NONE;
        }
    }

    private static Double number(JsonNode node, String field) {
        return node.hasNonNull(field) && node.get(field).isNumber()
                ? node.get(field).asDouble()
                : null;
    }
}
