package dev.shoplens.event;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoplens.quality.RejectReason;
import dev.shoplens.quality.Rejection;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the v1 event format (JSON, camelCase). Decoding never throws: every problem becomes a
 * {@link Rejection} naming the first field that is wrong. Unknown extra fields are ignored so that producers can
 * add fields without breaking older jobs.
 *
 * <p>A payload must be exactly one JSON object as RFC 8259 defines it, read strictly: no byte order mark, nothing
 * but whitespace after the object, no key given twice (consumers disagree on which one wins, so a payload with a
 * duplicate means different things to different readers), no unpaired surrogate escape (it has no UTF-8 form, so
 * the id could not be written to a store unchanged), every number a finite IEEE 754 double (RFC 8259 section 6's
 * interoperable range), at most {@value #MAX_DEPTH} levels of nesting and {@value #MAX_NUMBER_LENGTH} characters
 * per number. The event itself needs three levels and short numbers; the limits keep a hostile payload cheap.
 */
public final class EventCodec {

    static final int MAX_DEPTH = 32;
    static final int MAX_NUMBER_LENGTH = 100;
    /** The earliest event time taken: before online shops, and far from where epoch milliseconds overflow. */
    static final Instant EARLIEST_TIME = Instant.parse("1970-01-01T00:00:00Z");

    private static final ObjectMapper JSON = strictMapper();

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
            JsonNode root = parse(utf8(withoutByteOrderMark(payload)));
            checkValues(root, Path.ROOT);
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
                ObjectNode written = lines.addObject()
                        .put("productId", line.productId())
                        .put("quantity", line.quantity())
                        .put("unitPrice", line.unitPrice());
                putIfPresent(written, "category", line.category());
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

    private static ObjectMapper strictMapper() {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .build())
                .build();
        return JsonMapper.builder(factory).build();
    }

    private static byte[] withoutByteOrderMark(byte[] payload) {
        if (payload.length >= 3
                && payload[0] == (byte) 0xEF
                && payload[1] == (byte) 0xBB
                && payload[2] == (byte) 0xBF) {
            throw new InvalidEventException(
                    RejectReason.MALFORMED_JSON, "starts with a byte order mark, which RFC 8259 forbids in JSON text");
        }
        return payload;
    }

    /** Decodes strict UTF-8: overlong forms, encoded surrogates and truncated sequences are all errors. */
    private static String utf8(byte[] payload) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder(); // reports errors, replaces nothing
        ByteBuffer in = ByteBuffer.wrap(payload);
        // UTF-8 never yields more UTF-16 units than it has bytes.
        CharBuffer out = CharBuffer.allocate(payload.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new InvalidEventException(RejectReason.NOT_UTF8, "invalid UTF-8 sequence at byte " + in.position());
        }
        return out.flip().toString();
    }

    /** Reads one JSON value and insists that only whitespace follows it. */
    private static JsonNode parse(String text) {
        try (JsonParser parser = JSON.createParser(text)) {
            JsonNode node = JSON.readTree(parser);
            if (node == null || node.isMissingNode()) {
                throw new InvalidEventException(RejectReason.MALFORMED_JSON, "empty payload");
            }
            if (parser.nextToken() != null) {
                throw new InvalidEventException(
                        RejectReason.MALFORMED_JSON,
                        "content after the JSON value at character "
                                + parser.currentTokenLocation().getCharOffset());
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidEventException(RejectReason.MALFORMED_JSON, e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidEventException(RejectReason.MALFORMED_JSON, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Checks what the parser lets through but a strict reader must not: unpaired surrogate escapes in keys and
     * strings, and numbers beyond a double's range, anywhere in the payload (extra fields included). The path of a
     * value is written out only when it is wrong: building it for every field was a tenth of decoding an event.
     */
    private static void checkValues(JsonNode node, Path path) {
        if (node.isTextual()) {
            requireWellFormedUnicode(node.textValue(), path);
        } else if (node.isNumber() && !Double.isFinite(node.asDouble())) {
            throw new InvalidEventException(RejectReason.INVALID_VALUE, path + " is a number out of range");
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkValues(node.get(i), new Path(path, null, i));
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                Path at = new Path(path, field.getKey(), -1);
                requireWellFormedUnicode(field.getKey(), at);
                checkValues(field.getValue(), at);
            }
        }
    }

    /** Where a value sits in the payload ({@code $.lines[0].sku}), spelt out only for an error. */
    private record Path(Path parent, String field, int index) {

        static final Path ROOT = new Path(null, null, -1);

        @Override
        public String toString() {
            if (parent == null) {
                return "$";
            }
            return parent + (field != null ? "." + field : "[" + index + "]");
        }
    }

    private static void requireWellFormedUnicode(String text, Path path) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidEventException(
                        RejectReason.MALFORMED_JSON,
                        String.format(
                                "unpaired surrogate \\u%04x in %s",
                                (int) c, path.toString().replaceAll("[\\p{Cs}]", "?")));
            }
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
            time = EventTimes.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidEventException(RejectReason.INVALID_TIME, "time '" + text + "'");
        }
        if (time.isBefore(EARLIEST_TIME)) {
            // Such a time parses, but the job counts time in epoch milliseconds and days: far enough back it overflows.
            throw new InvalidEventException(RejectReason.INVALID_TIME, "time " + text + " is before " + EARLIEST_TIME);
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
            result.add(new OrderLine(productId, quantity, unitPrice, optionalText(line, "category", at + ".")));
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
        return optionalText(node, field, "");
    }

    private static String optionalText(JsonNode node, String field, String prefix) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidEventException(
                    RejectReason.WRONG_TYPE, prefix + field + " must be a string, was " + value.getNodeType());
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
