package dev.shoplens.dashboard.models;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shoplens.dashboard.i18n.Figures;
import dev.shoplens.dashboard.i18n.Texts;
import java.util.List;

/**
 * What the nightly demand forest's version did, in words, where a linear model shows its weights: a forest has none
 * to read, but its night recorded how it scored on the held-out days against the streaming forecasts and how many
 * products each then serves.
 */
final class ForestSummary {

    /** The registry kind of the nightly demand refit's forest. */
    static final String KIND = "demand_forest";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ForestSummary() {}

    static List<String> sentences(String metricsJson) {
        JsonNode m;
        try {
            m = metricsJson == null ? null : JSON.readTree(metricsJson);
        } catch (JsonProcessingException e) {
            m = null;
        }
        if (m == null || !m.has("forest") || !m.has("streaming")) {
            return List.of(Texts.of("models.forest.what"));
        }
        return List.of(
                Texts.of("models.forest.what"),
                Texts.of(
                        "models.forest.holdout",
                        Figures.count(m.path("holdoutDays").asLong()),
                        Figures.decimal(m.path("forest").path("wape").asDouble(), 3),
                        Figures.decimal(m.path("streaming").path("wape").asDouble(), 3),
                        Figures.decimal(m.path("chosen").path("wape").asDouble(), 3)),
                Texts.of(
                        "models.forest.serves",
                        Figures.count(m.path("servedByForest").asLong()),
                        Figures.count(m.path("products").asLong())));
    }
}
