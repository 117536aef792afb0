package dev.shoplens.dashboard.forecasts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shoplens.store.read.ModelSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How one version's predictions turned out, as the model registry recorded it: the learners test each version on
 * labels that matured after it was trained (test-then-train), so these are predictions the version made for
 * customers whose outcome was not known yet. By decile of the prediction: the mean predicted probability next to the
 * share that really churned or bought.
 */
record Calibration(
        int version, Instant trainedAt, long rows, long positives, Double auc, Double brier, List<Decile> deciles) {

    /** One tenth of the customers measured, by predicted probability. */
    record Decile(int decile, long rows, double meanPredicted, double observedRate) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The versions of one kind that have been measured, oldest first; versions not yet tested are left out. */
    static List<Calibration> of(List<ModelSummary> versions) {
        List<Calibration> result = new ArrayList<>();
        for (ModelSummary v : versions) {
            parse(v).ifPresent(result::add);
        }
        return result;
    }

    private static Optional<Calibration> parse(ModelSummary v) {
        if (v.metricsJson() == null || v.metricsJson().isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(v.metricsJson());
            JsonNode deciles = node.path("calibration");
            if (!deciles.isArray() || deciles.isEmpty()) {
                return Optional.empty();
            }
            List<Decile> parsed = new ArrayList<>();
            for (JsonNode d : deciles) {
                parsed.add(new Decile(
                        d.path("decile").asInt(),
                        d.path("rows").asLong(),
                        d.path("meanPredicted").asDouble(),
                        d.path("observedRate").asDouble()));
            }
            return Optional.of(new Calibration(
                    v.version(),
                    v.trainedAt(),
                    node.path("rows").asLong(),
                    node.path("positives").asLong(),
                    number(node, "auc"),
                    number(node, "brier"),
                    List.copyOf(parsed)));
        } catch (JsonProcessingException e) {
            // A registry row the page cannot read is left out rather than failing the page.
            return Optional.empty();
        }
    }

    /** The mean predicted probability over every customer measured (deciles weighted by their size). */
    double meanPredicted() {
        return weighted(true);
    }

    /** The share of the customers measured whose outcome came true. */
    double observedRate() {
        return weighted(false);
    }

    private double weighted(boolean predicted) {
        long n = deciles.stream().mapToLong(Decile::rows).sum();
        double sum = deciles.stream()
                .mapToDouble(d -> d.rows() * (predicted ? d.meanPredicted() : d.observedRate()))
                .sum();
        return n == 0 ? 0 : sum / n;
    }

    private static Double number(JsonNode node, String field) {
        return node.hasNonNull(field) && node.get(field).isNumber()
                ? node.get(field).asDouble()
                : null;
    }
}
