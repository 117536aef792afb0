package dev.shoplens.jobs.production;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Twenty-odd kinds of bad input a shop's producers send, each with the reason ShopLens must give. */
final class BadInput {

    record Case(String name, byte[] payload, String reason) {}

    private BadInput() {}

    static final String T = "\"time\":\"2026-01-20T10:00:00Z\"";

    static List<Case> inOrder() {
        return List.of(
                bad("truncated JSON", "{\"eventId\":\"b1\",\"type\":\"view\"", "malformed_json"),
                bad("empty payload", "", "malformed_json"),
                bad("array", "[1,2,3]", "not_an_object"),
                bad("numeric id", "{\"eventId\":7,\"type\":\"view\"," + T + ",\"productId\":\"p1\"}", "wrong_type"),
                bad("missing id", "{\"type\":\"view\"," + T + ",\"productId\":\"p1\"}", "missing_field"),
                bad("unknown type", "{\"eventId\":\"b6\",\"type\":\"wishlist\"," + T + "}", "unknown_type"),
                bad(
                        "no zone",
                        "{\"eventId\":\"b7\",\"type\":\"view\",\"time\":\"2026-01-20T10:00:00\",\"productId\":\"p1\"}",
                        "invalid_time"),
                bad(
                        "words for time",
                        "{\"eventId\":\"b8\",\"type\":\"view\",\"time\":\"yesterday\",\"productId\":\"p1\"}",
                        "invalid_time"),
                bad(
                        "far future",
                        "{\"eventId\":\"b9\",\"type\":\"view\",\"time\":\"2100-01-01T00:00:00Z\",\"productId\":\"p1\"}",
                        "future_time"),
                bad(
                        "negative price",
                        "{\"eventId\":\"b10\",\"type\":\"view\"," + T + ",\"productId\":\"p1\",\"price\":-3}",
                        "negative_price"),
                bad(
                        "price as text",
                        "{\"eventId\":\"b11\",\"type\":\"view\"," + T + ",\"productId\":\"p1\",\"price\":\"3\"}",
                        "wrong_type"),
                bad(
                        "negative quantity",
                        "{\"eventId\":\"b12\",\"type\":\"cart_add\"," + T + ",\"productId\":\"p1\",\"quantity\":-1}",
                        "negative_quantity"),
                bad(
                        "zero quantity",
                        "{\"eventId\":\"b13\",\"type\":\"cart_remove\"," + T + ",\"productId\":\"p1\",\"quantity\":0}",
                        "negative_quantity"),
                bad(
                        "fractional quantity",
                        "{\"eventId\":\"b14\",\"type\":\"cart_add\"," + T + ",\"productId\":\"p1\",\"quantity\":1.5}",
                        "wrong_type"),
                bad(
                        "huge quantity",
                        "{\"eventId\":\"b15\",\"type\":\"cart_add\"," + T
                                + ",\"productId\":\"p1\",\"quantity\":99999999999}",
                        "invalid_value"),
                bad(
                        "purchase without lines",
                        "{\"eventId\":\"b16\",\"type\":\"purchase\"," + T + ",\"orderId\":\"o1\"}",
                        "no_lines"),
                bad(
                        "purchase with no line",
                        "{\"eventId\":\"b17\",\"type\":\"purchase\"," + T + ",\"orderId\":\"o1\",\"lines\":[]}",
                        "no_lines"),
                bad(
                        "lines not a list",
                        "{\"eventId\":\"b18\",\"type\":\"return\"," + T + ",\"orderId\":\"o1\",\"lines\":{}}",
                        "wrong_type"),
                bad(
                        "line without product",
                        "{\"eventId\":\"b19\",\"type\":\"purchase\"," + T
                                + ",\"orderId\":\"o1\",\"lines\":[{\"quantity\":1,\"unitPrice\":2}]}",
                        "missing_field"),
                bad(
                        "line with negative price",
                        "{\"eventId\":\"b20\",\"type\":\"purchase\"," + T
                                + ",\"orderId\":\"o1\",\"lines\":[{\"productId\":\"p1\",\"quantity\":1,\"unitPrice\":-2}]}",
                        "negative_price"),
                bad(
                        "negative stock",
                        "{\"eventId\":\"b21\",\"type\":\"stock\"," + T + ",\"productId\":\"p1\",\"stockOnHand\":-5}",
                        "negative_quantity"),
                bad(
                        "stock without level",
                        "{\"eventId\":\"b22\",\"type\":\"stock\"," + T + ",\"productId\":\"p1\"}",
                        "missing_field"),
                new Case(
                        "oversized",
                        ("{\"eventId\":\"b23\",\"pad\":\"" + "x".repeat(70_000) + "\"}")
                                .getBytes(StandardCharsets.UTF_8),
                        "oversized"),
                new Case("not UTF-8", "{\"eventId\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1), "not_utf8"));
    }

    /** How many rejections of each reason the cases above make. */
    static Map<String, Long> expectedReasons() {
        Map<String, Long> counts = new LinkedHashMap<>();
        inOrder().forEach(c -> counts.merge(c.reason(), 1L, Long::sum));
        return counts;
    }

    private static Case bad(String name, String payload, String reason) {
        return new Case(name, payload.getBytes(StandardCharsets.UTF_8), reason);
    }
}
