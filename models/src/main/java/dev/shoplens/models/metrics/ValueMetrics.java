package dev.shoplens.models.metrics;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How far expected orders and revenue over the horizon are from what customers then did: mean absolute errors,
 * with the same for the rule "the next 90 days repeat the last 90" to beat.
 */
public record ValueMetrics(
        long rows, double ordersMae, double revenueMae, double baselineOrdersMae, double baselineRevenueMae) {

    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("rows", rows);
        ClassifierMetrics.putRounded(node, "ordersMae", ordersMae);
        ClassifierMetrics.putRounded(node, "revenueMae", revenueMae);
        ClassifierMetrics.putRounded(node, "repeatLast90dOrdersMae", baselineOrdersMae);
        ClassifierMetrics.putRounded(node, "repeatLast90dRevenueMae", baselineRevenueMae);
        return node;
    }
}
