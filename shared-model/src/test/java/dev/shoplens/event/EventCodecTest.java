package dev.shoplens.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.quality.RejectReason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventCodecTest {

    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    final EventCodec codec = new EventCodec(EventLimits.DEFAULTS);

    @Test
    void everyTypeRoundTrips() {
        Instant t = Instant.parse("2026-11-28T10:15:30.123Z");
        List<ShopEvent> events = List.of(
                ShopEvent.builder("e1", EventType.VIEW, t)
                        .customer("c1")
                        .session("s1")
                        .product("p1", "toys")
                        .price(9.5)
                        .build(),
                ShopEvent.builder("e2", EventType.CART_ADD, t)
                        .customer("c1")
                        .session("s1")
                        .product("p1", "toys")
                        .price(9.5)
                        .quantity(2)
                        .build(),
                ShopEvent.builder("e3", EventType.CART_REMOVE, t)
                        .session("s9")
                        .product("p1", "toys")
                        .quantity(1)
                        .build(),
                ShopEvent.builder("e4", EventType.PURCHASE, t)
                        .customer("c1")
                        .order("o1", List.of(new OrderLine("p1", 2, 9.5, "Toys"), new OrderLine("p2", 1, 3.0)))
                        .currency("GBP")
                        .build(),
                ShopEvent.builder("e5", EventType.RETURN, t)
                        .customer("c1")
                        .order("o1", List.of(new OrderLine("p2", 1, 3.0)))
                        .build(),
                ShopEvent.builder("e6", EventType.STOCK, t)
                        .product("p1", "toys")
                        .stockOnHand(0)
                        .build());
        for (ShopEvent event : events) {
            Decoded decoded = codec.decode(codec.encode(event).getBytes(StandardCharsets.UTF_8), NOW);
            assertThat(decoded).isEqualTo(new Decoded.Accepted(event));
        }
        assertThat(events.get(3).linesAmount()).isEqualTo(22.0);
        assertThat(events.get(3).linesUnits()).isEqualTo(3);
    }

    @Test
    void offsetsAndUnknownFieldsAreAccepted() {
        Decoded decoded = decode("{\"eventId\":\"e1\",\"type\":\"view\",\"time\":\"2026-11-28T11:15:30+01:00\","
                + "\"productId\":\"p1\",\"referrer\":{\"any\":[1,2]}}");
        assertThat(decoded).isInstanceOf(Decoded.Accepted.class);
        ShopEvent event = ((Decoded.Accepted) decoded).event();
        assertThat(event.time()).isEqualTo(Instant.parse("2026-11-28T10:15:30Z"));
        assertThat(event.isGuest()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "truncated JSON|{\"eventId\":\"e1\"|MALFORMED_JSON",
                "array|[1,2]|NOT_AN_OBJECT",
                "missing id|{\"type\":\"view\",\"time\":\"2026-11-28T10:00:00Z\",\"productId\":\"p\"}|MISSING_FIELD",
                "numeric id|{\"eventId\":5,\"type\":\"view\",\"time\":\"2026-11-28T10:00:00Z\",\"productId\":\"p\"}|WRONG_TYPE",
                "unknown type|{\"eventId\":\"e\",\"type\":\"wishlist\",\"time\":\"2026-11-28T10:00:00Z\"}|UNKNOWN_TYPE",
                "no zone|{\"eventId\":\"e\",\"type\":\"view\",\"time\":\"2026-11-28T10:00:00\",\"productId\":\"p\"}|INVALID_TIME",
                "future|{\"eventId\":\"e\",\"type\":\"view\",\"time\":\"2027-01-01T10:00:00Z\",\"productId\":\"p\"}|FUTURE_TIME",
                "view no product|{\"eventId\":\"e\",\"type\":\"view\",\"time\":\"2026-11-28T10:00:00Z\"}|MISSING_FIELD",
                "negative price|{\"eventId\":\"e\",\"type\":\"view\",\"time\":\"2026-11-28T10:00:00Z\",\"productId\":\"p\",\"price\":-1}|NEGATIVE_PRICE",
                "price as text|{\"eventId\":\"e\",\"type\":\"view\",\"time\":\"2026-11-28T10:00:00Z\",\"productId\":\"p\",\"price\":\"9\"}|WRONG_TYPE",
                "zero quantity|{\"eventId\":\"e\",\"type\":\"cart_add\",\"time\":\"2026-11-28T10:00:00Z\",\"productId\":\"p\",\"quantity\":0}|NEGATIVE_QUANTITY",
                "fractional quantity|{\"eventId\":\"e\",\"type\":\"cart_add\",\"time\":\"2026-11-28T10:00:00Z\",\"productId\":\"p\",\"quantity\":1.5}|WRONG_TYPE",
                "purchase no lines|{\"eventId\":\"e\",\"type\":\"purchase\",\"time\":\"2026-11-28T10:00:00Z\",\"orderId\":\"o\",\"lines\":[]}|NO_LINES",
                "purchase no order|{\"eventId\":\"e\",\"type\":\"purchase\",\"time\":\"2026-11-28T10:00:00Z\",\"lines\":[{\"productId\":\"p\",\"quantity\":1,\"unitPrice\":1}]}|MISSING_FIELD",
                "line without product|{\"eventId\":\"e\",\"type\":\"purchase\",\"time\":\"2026-11-28T10:00:00Z\",\"orderId\":\"o\",\"lines\":[{\"quantity\":1,\"unitPrice\":1}]}|MISSING_FIELD",
                "line negative price|{\"eventId\":\"e\",\"type\":\"return\",\"time\":\"2026-11-28T10:00:00Z\",\"orderId\":\"o\",\"lines\":[{\"productId\":\"p\",\"quantity\":1,\"unitPrice\":-2}]}|NEGATIVE_PRICE",
                "negative stock|{\"eventId\":\"e\",\"type\":\"stock\",\"time\":\"2026-11-28T10:00:00Z\",\"productId\":\"p\",\"stockOnHand\":-3}|NEGATIVE_QUANTITY",
                "huge quantity|{\"eventId\":\"e\",\"type\":\"cart_add\",\"time\":\"2026-11-28T10:00:00Z\",\"productId\":\"p\",\"quantity\":99999999999}|INVALID_VALUE",
                "empty|''|MALFORMED_JSON",
                "two objects|{\"eventId\":\"e\",\"type\":\"view\",\"time\":\"2026-11-28T10:00:00Z\",\"productId\":\"p\"}{}|MALFORMED_JSON",
                "id given twice|{\"eventId\":\"e\",\"eventId\":\"f\",\"type\":\"view\",\"time\":\"2026-11-28T10:00:00Z\",\"productId\":\"p\"}|MALFORMED_JSON",
                "byte order mark|\uFEFF{\"eventId\":\"e\",\"type\":\"view\",\"time\":\"2026-11-28T10:00:00Z\",\"productId\":\"p\"}|MALFORMED_JSON",
                "lone surrogate|{\"eventId\":\"e\\ud800\",\"type\":\"view\",\"time\":\"2026-11-28T10:00:00Z\",\"productId\":\"p\"}|MALFORMED_JSON",
                "time far back|{\"eventId\":\"e\",\"type\":\"view\",\"time\":\"-300000000-01-01T00:00:00Z\",\"productId\":\"p\"}|INVALID_TIME",
                "time before 1970|{\"eventId\":\"e\",\"type\":\"view\",\"time\":\"1969-12-31T23:59:59Z\",\"productId\":\"p\"}|INVALID_TIME",
                "price overflow|{\"eventId\":\"e\",\"type\":\"view\",\"time\":\"2026-11-28T10:00:00Z\",\"productId\":\"p\",\"price\":1e999}|INVALID_VALUE"
            })
    void badInputIsRejectedWithItsReason(String name, String payload, RejectReason reason) {
        Decoded decoded = decode(payload);
        assertThat(decoded).isInstanceOf(Decoded.Rejected.class);
        assertThat(((Decoded.Rejected) decoded).rejection().reason()).as(name).isEqualTo(reason);
    }

    @Test
    void theRejectionNamesTheFieldAndKeepsTheId() {
        Decoded.Rejected rejected = (Decoded.Rejected) decode("{\"eventId\":\"e7\",\"type\":\"purchase\","
                + "\"time\":\"2026-11-28T10:00:00Z\",\"orderId\":\"o\",\"lines\":[{\"productId\":\"p\",\"quantity\":1,"
                + "\"unitPrice\":1},{\"productId\":\"q\",\"unitPrice\":1}]}");
        assertThat(rejected.rejection().detail()).isEqualTo("lines[1].quantity");
        assertThat(rejected.eventId()).isEqualTo("e7");
    }

    @Test
    void aLineMayNameItsCategoryAsText() {
        String line = "{\"eventId\":\"e8\",\"type\":\"purchase\",\"time\":\"2026-11-28T10:00:00Z\",\"orderId\":\"o\","
                + "\"lines\":[{\"productId\":\"p\",\"quantity\":1,\"unitPrice\":1,\"category\":%s}]}";
        assertThat(((Decoded.Accepted) decode(String.format(line, "\"toys\"")))
                        .event()
                        .lines())
                .containsExactly(new OrderLine("p", 1, 1.0, "toys"));
        assertThat(((Decoded.Accepted) decode(String.format(line, "\" \"")))
                        .event()
                        .lines())
                .as("a blank category is none")
                .containsExactly(new OrderLine("p", 1, 1.0));
        Decoded.Rejected rejected = (Decoded.Rejected) decode(String.format(line, "7"));
        assertThat(rejected.rejection().reason()).isEqualTo(RejectReason.WRONG_TYPE);
        assertThat(rejected.rejection().detail()).isEqualTo("lines[0].category must be a string, was NUMBER");
    }

    @Test
    void nonUtf8AndOversizedPayloadsAreRejectedBeforeParsing() {
        byte[] latin1 = "{\"eventId\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(reason(codec.decode(latin1, NOW))).isEqualTo(RejectReason.NOT_UTF8);
        byte[] big = ("{\"eventId\":\"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThat(reason(codec.decode(big, NOW))).isEqualTo(RejectReason.OVERSIZED);
    }

    private Decoded decode(String payload) {
        return codec.decode(payload.getBytes(StandardCharsets.UTF_8), NOW);
    }

    private static RejectReason reason(Decoded decoded) {
        return ((Decoded.Rejected) decoded).rejection().reason();
    }
}
