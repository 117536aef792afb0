package dev.shoplens.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoplens.quality.RejectReason;
import dev.shoplens.quality.Rejection;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the v1 event format (JSON, camelCase). Decoding never throws: every problem becomes a
 * {@link Rejection} naming the first field that is wrong. Unknown extra fields are ignored so that producers can
 * add fields without breaking older jobs.
 */
public final class EventCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventLimits limits;

    public EventCodec(EventLimits limits) {
        this.limits = limits;
    }

    public Decoded decode(byte[] payload, Instant now) {
        String eventId = null;
        try {
            if (payload.length > limits.maxPayloadBytes()) {
                throw new InvalidEventException(
                        RejectReason.OVERSIZED, payload.length + " bytes > " + limits.maxPayloadBytes());
            }
            JsonNode root = parse(utf8(payload));
            if (!root.isObject()) {
                throw new InvalidEventException(RejectReason.NOT_AN_OBJECT, "top level is " + root.getNodeType());
            }
            eventId = root.path("eventId").isTextual() ? root.get("eventId").asText() : null;
            return new Decoded.Accepted(readEvent(root, now));
        } catch (InvalidEventException e) {
            return new Decoded.Rejected(e.rejection(), eventId);
        }
    }

    public String encode(ShopEvent event) {
        ObjectNode node = JSON.createObjectNode();
        node.put("eventId", event.eventId());
        node.put("type", event.type().wireName());
        node.put("time", event.time().toString());
        putIfPresent(node, "customerId", event.customerId());
        putIfPresent(node, "sessionId", event.sessionId());
        putIfPresent(node, "productId", event.productId());
        putIfPresent(node, "category", event.category());
        if (event.price() != null) {
            node.put("price", event.price());
        }
        if (event.quantity() != null) {
            node.put("quantity", event.quantity());
        }
        putIfPresent(node, "orderId", event.orderId());
        if (event.type().isOrderEvent()) {
            ArrayNode lines = node.putArray("lines");
            for (OrderLine line : event.lines()) {
                lines.addObject()
                        .put("productId", line.productId())
                        .put("quantity", line.quantity())
                        .put("unitPrice", line.unitPrice());
            }
        }
        if (event.stockOnHand() != null) {
            node.put("stockOnHand", event.stockOnHand());
        }
        putIfPresent(node, "currency", event.currency());
        return node.toString();
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static String utf8(byte[] payload) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(payload))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidEventException(RejectReason.NOT_UTF8, e.getMessage());
        }
    }

    private static JsonNode parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new InvalidEventException(RejectReason.MALFORMED_JSON, "empty payload");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidEventException(RejectReason.MALFORMED_JSON, e.getOriginalMessage());
        }
    }

    private ShopEvent readEvent(JsonNode root, Instant now) {
        String eventId = requiredText(root, "eventId");
        String typeName = requiredText(root, "type");
        EventType type = EventType.fromWire(typeName)
                .orElseThrow(() -> new InvalidEventException(RejectReason.UNKNOWN_TYPE, "type '" + typeName + "'"));
        Instant time = readTime(requiredText(root, "time"), now);
        ShopEvent.Builder event = ShopEvent.builder(eventId, type, time)
                .customer(optionalText(root, "customerId"))
                .session(optionalText(root, "sessionId"))
                .category(optionalText(root, "category"))
                .currency(optionalText(root, "currency"));
        if (type.isProductEvent()) {
            event.product(requiredText(root, "productId"), optionalText(root, "category"));
        }
        switch (type) {
            case VIEW -> optionalPrice(root, "price", event);
            case CART_ADD, CART_REMOVE -> {
                optionalPrice(root, "price", event);
                event.quantity(positiveInt(root, "quantity", ""));
            }
            case PURCHASE, RETURN -> event.order(requiredText(root, "orderId"), readLines(root));
            case STOCK -> event.stockOnHand(nonNegativeInt(root, "stockOnHand"));
        }
        return event.build();
    }

    private Instant readTime(String text, Instant now) {
        Instant time;
        try {
            time = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidEventException(RejectReason.INVALID_TIME, "time '" + text + "'");
        }
        if (time.isAfter(now.plus(limits.maxFutureSkew()))) {
            throw new InvalidEventException(
                    RejectReason.FUTURE_TIME, "time " + time + " is more than " + limits.maxFutureSkew() + " ahead");
        }
        return time;
    }

    private static List<OrderLine> readLines(JsonNode root) {
        JsonNode lines = root.get("lines");
        if (lines == null || lines.isNull()) {
            throw new InvalidEventException(RejectReason.NO_LINES, "lines missing");
        }
        if (!lines.isArray()) {
            throw new InvalidEventException(RejectReason.WRONG_TYPE, "lines must be an array");
        }
        if (lines.isEmpty()) {
            throw new InvalidEventException(RejectReason.NO_LINES, "lines is empty");
        }
        List<OrderLine> result = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            String at = "lines[" + i + "]";
            if (!line.isObject()) {
                throw new InvalidEventException(RejectReason.WRONG_TYPE, at + " must be an object");
            }
            String productId = requiredText(line, "productId", at + ".");
            int quantity = positiveInt(line, "quantity", at + ".");
            double unitPrice = requiredPrice(line, "unitPrice", at + ".");
            result.add(new OrderLine(productId, quantity, unitPrice));
        }
        return result;
    }

    private static String requiredText(JsonNode node, String field) {
        return requiredText(node, field, "");
    }

    private static String requiredText(JsonNode node, String field, String prefix) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidEventException(RejectReason.MISSING_FIELD, prefix + field);
        }
        if (!value.isTextual()) {
            throw new InvalidEventException(
                    RejectReason.WRONG_TYPE, prefix + field + " must be a string, was " + value.getNodeType());
        }
        if (value.asText().isBlank()) {
            throw new InvalidEventException(RejectReason.MISSING_FIELD, prefix + field + " is blank");
        }
        return value.asText();
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidEventException(
                    RejectReason.WRONG_TYPE, field + " must be a string, was " + value.getNodeType());
        }
        return value.asText().isBlank() ? null : value.asText();
    }

    private static void optionalPrice(JsonNode node, String field, ShopEvent.Builder event) {
        JsonNode value = node.get(field);
        if (value != null && !value.isNull()) {
            event.price(requiredPrice(node, field, ""));
        }
    }

    private static double requiredPrice(JsonNode node, String field, String prefix) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidEventException(RejectReason.MISSING_FIELD, prefix + field);
        }
        if (!value.isNumber()) {
            throw new InvalidEventException(
                    RejectReason.WRONG_TYPE, prefix + field + " must be a number, was " + value.getNodeType());
        }
        double price = value.asDouble();
        if (!Double.isFinite(price)) {
            throw new InvalidEventException(RejectReason.INVALID_VALUE, prefix + field + " is not finite");
        }
        if (price < 0) {
            throw new InvalidEventException(RejectReason.NEGATIVE_PRICE, prefix + field + " = " + price);
        }
        return price;
    }

    private static int positiveInt(JsonNode node, String field, String prefix) {
        int value = requiredInt(node, field, prefix);
        if (value <= 0) {
            throw new InvalidEventException(RejectReason.NEGATIVE_QUANTITY, prefix + field + " = " + value);
        }
        return value;
    }

    private static int nonNegativeInt(JsonNode node, String field) {
        int value = requiredInt(node, field, "");
        if (value < 0) {
            throw new InvalidEventException(RejectReason.NEGATIVE_QUANTITY, field + " = " + value);
        }
        return value;
    }

    private static int requiredInt(JsonNode node, String field, String prefix) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidEventException(RejectReason.MISSING_FIELD, prefix + field);
        }
        if (!value.isIntegralNumber()) {
            throw new InvalidEventException(
                    RejectReason.WRONG_TYPE, prefix + field + " must be an integer, was " + value.getNodeType());
        }
        if (!value.canConvertToInt()) {
            throw new InvalidEventException(RejectReason.INVALID_VALUE, prefix + field + " is out of range");
        }
        return value.asInt();
    }
}
