package dev.shoplens.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.quality.RejectReason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decoder against a public JSON conformance suite's parsing cases (listed in {@code json-conformance.tsv}), read
 * two ways: as the whole payload, where a valid JSON text may fail only the event's own rules, and as the value of an
 * extra field of a valid event, where a valid JSON text must leave the event accepted and unchanged.
 */
class JsonConformanceTest {

    /** The reasons that say a payload is not strict JSON, as opposed to JSON that is not a valid event. */
    static final Set<RejectReason> NOT_STRICT_JSON =
            EnumSet.of(RejectReason.MALFORMED_JSON, RejectReason.NOT_UTF8, RejectReason.INVALID_VALUE);

    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    static final String EVENT_BEFORE_EXTRA =
            "{\"eventId\":\"e1\",\"type\":\"view\",\"time\":\"2026-11-28T10:00:00Z\",\"productId\":\"p1\",\"extra\":";
    static final ShopEvent EVENT = ShopEvent.builder("e1", EventType.VIEW, Instant.parse("2026-11-28T10:00:00Z"))
            .product("p1", null)
            .build();

    final EventCodec codec = new EventCodec(EventLimits.DEFAULTS);

    record Case(String name, boolean valid, byte[] bytes) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws IOException {
        try (InputStream in = JsonConformanceTest.class.getResourceAsStream("json-conformance.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .filter(line -> !line.startsWith("#") && !line.isEmpty())
                            .map(JsonConformanceTest::parseCase)
                            .toList()
                            .stream();
        }
    }

    @Test
    void theSuiteIsAllThere() throws IOException {
        List<Case> all = cases().toList();
        assertThat(all).extracting(Case::name).doesNotHaveDuplicates();
        assertThat(all.stream().filter(c -> c.name().startsWith("y_"))).hasSizeGreaterThanOrEqualTo(95);
        assertThat(all.stream().filter(c -> c.name().startsWith("n_"))).hasSizeGreaterThanOrEqualTo(180);
        assertThat(all.stream().filter(c -> c.name().startsWith("i_"))).hasSizeGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void asTheWholePayload(Case c) {
        Decoded decoded = codec.decode(c.bytes(), NOW);
        // No case is an event, so each is rejected; what matters is why.
        assertThat(decoded).isInstanceOf(Decoded.Rejected.class);
        RejectReason reason = ((Decoded.Rejected) decoded).rejection().reason();
        if (c.valid()) {
            assertThat(reason).as(describe(decoded)).isNotIn(NOT_STRICT_JSON);
        } else {
            assertThat(reason).as(describe(decoded)).isIn(NOT_STRICT_JSON);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void asAnExtraFieldOfAValidEvent(Case c) {
        Decoded decoded = codec.decode(embedded(c.bytes()), NOW);
        if (c.valid()) {
            assertThat(decoded).as(describe(decoded)).isEqualTo(new Decoded.Accepted(EVENT));
        } else {
            assertThat(decoded).isInstanceOf(Decoded.Rejected.class);
            assertThat(((Decoded.Rejected) decoded).rejection().reason()).isIn(NOT_STRICT_JSON);
        }
    }

    static byte[] embedded(byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(EVENT_BEFORE_EXTRA.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(value);
        out.write('}');
        return out.toByteArray();
    }

    private static String describe(Decoded decoded) {
        return decoded instanceof Decoded.Rejected r ? r.rejection().toString() : decoded.toString();
    }

    private static Case parseCase(String line) {
        String[] columns = line.split("\t", 3);
        if (columns.length != 3 || !Set.of("accept", "reject").contains(columns[1])) {
            throw new IllegalArgumentException("not a case line: " + line);
        }
        return new Case(columns[0], columns[1].equals("accept"), percentDecoded(columns[2]));
    }

    /** UTF-8 bytes of the text, where %XX stands for the raw byte XX. */
    static byte[] percentDecoded(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '%') {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int end = text.indexOf('%', i);
                end = end < 0 ? text.length() : end;
                out.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        return out.toByteArray();
    }
}
