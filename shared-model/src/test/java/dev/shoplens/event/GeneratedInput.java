package dev.shoplens.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.instancio.Random;
import org.instancio.junit.GivenProvider;

/**
 * Generators of decoder input over Instancio's seeded random source: valid events of every type with text from all
 * of Unicode, arbitrary JSON values, JSON whitespace and raw bytes. A test takes the source as
 * {@code @Given(GeneratedInput.Source.class) Random random} and draws what it needs.
 */
final class GeneratedInput {

    /** Hands the test Instancio's random source, seeded from {@code instancio.properties}. */
    static final class Source implements GivenProvider {
        @Override
        public Object provide(ElementContext context) {
            return context.random();
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GeneratedInput() {}

    /** A valid event as the decoder reads it back: each type with the fields it carries, optional ones or not. */
    static ShopEvent event(Random random, Instant notAfter) {
        EventType type = random.oneOf(EventType.values());
        Instant time = Instant.ofEpochSecond(
                random.longRange(0, notAfter.getEpochSecond() - 1), random.intRange(0, 999_999) * 1000L);
        String category = optionalText(random);
        ShopEvent.Builder event = ShopEvent.builder(text(random), type, time)
                .customer(optionalText(random))
                .session(optionalText(random))
                .currency(optionalText(random))
                .category(category);
        if (type.isProductEvent()) {
            event.product(text(random), category);
        }
        switch (type) {
            case VIEW -> optionalPrice(random, event);
            case CART_ADD, CART_REMOVE -> optionalPrice(random, event)
                    .quantity(random.intRange(1, Integer.MAX_VALUE - 1));
            case PURCHASE, RETURN -> event.order(text(random), lines(random));
            case STOCK -> event.stockOnHand(random.intRange(0, Integer.MAX_VALUE - 1));
        }
        return event.build();
    }

    /**
     * Non-blank text of 1 to 24 code points drawn from all of Unicode: mostly ASCII, with control characters,
     * other scripts and characters beyond the Basic Multilingual Plane (never a lone surrogate).
     */
    static String text(Random random) {
        while (true) {
            StringBuilder text = new StringBuilder();
            int length = random.intRange(1, 24);
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(codePoint(random));
            }
            if (!text.toString().isBlank()) {
                return text.toString();
            }
        }
    }

    /** Zero to four characters of JSON whitespace: space, tab, line feed, carriage return. */
    static String jsonWhitespace(Random random) {
        return random.stringOf(random.intRange(0, 4), ' ', '\t', '\n', '\r');
    }

    /** Any JSON value up to the given depth: literals, numbers of every kind, text, arrays and objects. */
    static JsonNode jsonValue(Random random, int depth) {
        int kind = random.intRange(0, depth == 0 ? 5 : 7);
        return switch (kind) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.trueOrFalse());
            case 2 -> NODES.numberNode(random.longRange(Long.MIN_VALUE + 1, Long.MAX_VALUE - 1));
            case 3 -> NODES.numberNode(random.doubleRange(-Double.MAX_VALUE / 2, Double.MAX_VALUE / 2));
            case 4 -> NODES.numberNode(new BigInteger(random.digits(random.intRange(19, 40))));
            case 5 -> NODES.textNode(text(random));
            case 6 -> {
                List<JsonNode> items = new ArrayList<>();
                for (int i = random.intRange(0, 3); i > 0; i--) {
                    items.add(jsonValue(random, depth - 1));
                }
                yield NODES.arrayNode().addAll(items);
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (int i = random.intRange(0, 3); i > 0; i--) {
                    object.set(text(random), jsonValue(random, depth - 1));
                }
                yield object;
            }
        };
    }

    static byte[] bytes(Random random, int minLength, int maxLength) {
        byte[] bytes = new byte[random.intRange(minLength, maxLength)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = random.byteRange(Byte.MIN_VALUE, Byte.MAX_VALUE);
        }
        return bytes;
    }

    private static int codePoint(Random random) {
        int pick = random.intRange(1, 10);
        if (pick <= 5) {
            return random.intRange(0x20, 0x7e);
        } else if (pick == 6) {
            return random.intRange(0x00, 0x1f);
        } else if (pick <= 8) {
            return random.intRange(0x80, 0xd7ff);
        } else if (pick == 9) {
            return random.intRange(0xe000, 0xffff);
        }
        return random.intRange(0x10000, 0x10ffff);
    }

    private static String optionalText(Random random) {
        return random.trueOrFalse(0.3) ? null : text(random);
    }

    private static ShopEvent.Builder optionalPrice(Random random, ShopEvent.Builder event) {
        return random.trueOrFalse(0.3) ? event : event.price(random.doubleRange(0, 1e7));
    }

    private static List<OrderLine> lines(Random random) {
        List<OrderLine> lines = new ArrayList<>();
        for (int i = random.intRange(1, 5); i > 0; i--) {
            lines.add(
                    new OrderLine(text(random), random.intRange(1, Integer.MAX_VALUE - 1), random.doubleRange(0, 1e7)));
        }
        return lines;
    }
}
