package dev.shoplens.dashboard.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoplens.store.read.Freshness;
import dev.shoplens.store.read.ModelSummary;
import dev.shoplens.store.read.ShopStatus;
import java.time.Instant;

/** The one JSON form of the status, shared by {@code shoplens status} and {@code GET /api/status}. */
public final class StatusJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StatusJson() {}

    public static ObjectNode status(ShopStatus status) {
        ObjectNode node = JSON.createObjectNode();
        node.put("store", status.store());
        node.put("schemaVersion", status.schemaVersion());
        ObjectNode events = node.putObject("events");
        events.put("accepted", status.eventsAccepted());
        events.put("rejected", status.eventsRejected());
        ObjectNode reasons = events.putObject("rejectedByReason");
        status.rejectedByReason().forEach(reasons::put);
        node.put("customers", status.customers());
        node.put("products", status.products());
        node.put("orders", status.orders());
        node.put("returns", status.returns());
        node.put("revenue", Math.round(status.revenue() * 100) / 100.0);
        putTime(node, "firstEventTime", status.firstEventTime());
        putTime(node, "lastEventTime", status.lastEventTime());
        ArrayNode models = node.putArray("models");
        for (ModelSummary m : status.models()) {
            ObjectNode model = models.addObject();
            model.put("kind", m.kind());
            model.put("version", m.version());
            putTime(model, "trainedAt", m.trainedAt());
            model.put("trainingRows", m.trainingRows());
            model.set("metrics", metrics(m.metricsJson()));
        }
        return node;
    }

    public static ObjectNode statusWithFreshness(ShopStatus status, Freshness freshness) {
        ObjectNode node = status(status);
        ObjectNode f = node.putObject("freshness");
        putTime(f, "newestEventTime", freshness.newestEventTime());
        putTime(f, "resultsAsOf", freshness.resultsAsOf());
        putTime(f, "resultsWrittenAt", freshness.resultsWrittenAt());
        f.put("eventTimeLagSeconds", freshness.eventTimeLagSeconds());
        f.put("wallClockLagSeconds", freshness.wallClockLagSeconds());
        return node;
    }

    private static JsonNode metrics(String json) {
        if (json == null) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(json);
        }
    }

    public static String pretty(ObjectNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putTime(ObjectNode node, String field, Instant time) {
        if (time == null) {
            node.putNull(field);
        } else {
            node.put(field, time.toString());
        }
    }
}
