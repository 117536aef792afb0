package dev.shoplens.audiences;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A membership change as the audience topic carries it, one JSON object per record (keyed by the customer id), e.g.
 * {@code {"audienceId":"win-back","audienceVersion":2,"customerId":"c42","seq":3,"change":"enter",
 * "at":"2026-03-01T00:00:00Z","churnRisk":0.71,"purchaseProbability":0.12,"expectedRevenue90d":140.5,
 * "segment":"lapsed"}}. A value not known is null.
 */
public final class AudienceChangeJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AudienceChangeJson() {}

    public static byte[] write(AudienceChange c) {
        ObjectNode node = JSON.createObjectNode();
        node.put("audienceId", c.audienceId());
        node.put("audienceVersion", c.audienceVersion());
        node.put("customerId", c.customerId());
        node.put("seq", c.seq());
        node.put("change", c.change());
        node.put("at", c.at().toString());
        node.put("churnRisk", c.churnRisk());
        node.put("purchaseProbability", c.purchaseProbability());
        node.put("expectedRevenue90d", c.expectedRevenue90d());
        node.put("segment", c.segment());
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AudienceChange read(byte[] json) {
        try {
            JsonNode n = JSON.readTree(new String(json, StandardCharsets.UTF_8));
            return new AudienceChange(
                    n.path("audienceId").asText(),
                    n.path("audienceVersion").asInt(),
                    n.path("customerId").asText(),
                    n.path("seq").asLong(),
                    "enter".equals(n.path("change").asText()),
                    Instant.parse(n.path("at").asText()),
                    number(n, "churnRisk"),
                    number(n, "purchaseProbability"),
                    number(n, "expectedRevenue90d"),
                    n.path("segment").isNull() ? null : n.path("segment").asText(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Double number(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isNumber() ? v.asDouble() : null;
    }
}
