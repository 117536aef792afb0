package dev.shoplens.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoplens.quality.RejectReason;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.instancio.Random;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.InstancioSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Properties of the strict decoder over generated input (seeded, so every run tries the same inputs): valid events
 * survive the trip through the wire format whatever their text and extra fields; anything short of exactly one
 * well-formed JSON object is rejected with a reason; and no byte sequence makes the decoder throw.
 */
@ExtendWith(InstancioExtension.class)
class EventCodecGeneratedInputTest {

    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    static final Set<RejectReason> NOT_STRICT_JSON = JsonConformanceTest.NOT_STRICT_JSON;
    static final ObjectMapper JSON = new ObjectMapper();
    static final int SAMPLES = 400;

    final EventCodec codec = new EventCodec(EventLimits.DEFAULTS);

    @ParameterizedTest
    @InstancioSource(samples = SAMPLES)
    void everyValidEventRoundTrips(@Given(GeneratedInput.Source.class) Random random) {
        ShopEvent event = GeneratedInput.event(random, NOW);
        assertThat(decode(codec.encode(event))).isEqualTo(new Decoded.Accepted(event));
    }

    @ParameterizedTest
    @InstancioSource(samples = SAMPLES)
    void extraFieldsOfAnyJsonValueAreIgnored(@Given(GeneratedInput.Source.class) Random random) throws Exception {
        ShopEvent event = GeneratedInput.event(random, NOW);
        ObjectNode withExtra = (ObjectNode) JSON.readTree(codec.encode(event));
        withExtra.set("extra", GeneratedInput.jsonValue(random, 3));
        assertThat(decode(JSON.writeValueAsString(withExtra))).isEqualTo(new Decoded.Accepted(event));
    }

    @ParameterizedTest
    @InstancioSource(samples = SAMPLES)
    void everyProperPrefixIsRejected(@Given(GeneratedInput.Source.class) Random random) {
        byte[] payload = codec.encode(GeneratedInput.event(random, NOW)).getBytes(StandardCharsets.UTF_8);
        byte[] prefix = Arrays.copyOf(payload, random.intRange(0, payload.length - 1));
        assertThat(reason(codec.decode(prefix, NOW))).isIn(NOT_STRICT_JSON);
    }

    @ParameterizedTest
    @InstancioSource(samples = SAMPLES)
    void contentAfterTheObjectIsRejected(@Given(GeneratedInput.Source.class) Random random) {
        String payload = codec.encode(GeneratedInput.event(random, NOW))
                + GeneratedInput.jsonWhitespace(random)
                + GeneratedInput.text(random);
        assertThat(reason(decode(payload))).isEqualTo(RejectReason.MALFORMED_JSON);
    }

    @ParameterizedTest
    @InstancioSource(samples = SAMPLES)
    void jsonWhitespaceAroundTheObjectIsAllowed(@Given(GeneratedInput.Source.class) Random random) {
        ShopEvent event = GeneratedInput.event(random, NOW);
        String payload =
                GeneratedInput.jsonWhitespace(random) + codec.encode(event) + GeneratedInput.jsonWhitespace(random);
        assertThat(decode(payload)).isEqualTo(new Decoded.Accepted(event));
    }

    @ParameterizedTest
    @InstancioSource(samples = SAMPLES)
    void aKeyGivenTwiceIsRejected(@Given(GeneratedInput.Source.class) Random random) throws Exception {
        String payload = codec.encode(GeneratedInput.event(random, NOW));
        List<String> keys = new ArrayList<>();
        JSON.readTree(payload).fieldNames().forEachRemaining(keys::add);
        String key = random.oneOf(keys);
        String doubled = "{" + JSON.writeValueAsString(key) + ":"
                + JSON.writeValueAsString(GeneratedInput.jsonValue(random, 2)) + "," + payload.substring(1);
        Decoded.Rejected rejected = (Decoded.Rejected) decode(doubled);
        assertThat(rejected.rejection().reason()).isEqualTo(RejectReason.MALFORMED_JSON);
        assertThat(rejected.rejection().detail()).contains("Duplicate field '" + key + "'");
    }

    @ParameterizedTest
    @InstancioSource(samples = SAMPLES)
    void rawControlCharactersInStringsAreRejectedAndEscapedOnesKept(@Given(GeneratedInput.Source.class) Random random) {
        char control = random.characterRange('\u0000', '\u001f');
        String id = GeneratedInput.text(random);
        assertThat(reason(decode(viewWithId(escaped(id) + control)))).isEqualTo(RejectReason.MALFORMED_JSON);
        Decoded escapedControl = decode(viewWithId(escaped(id) + String.format("\\u%04x", (int) control)));
        assertThat(((Decoded.Accepted) escapedControl).event().eventId()).isEqualTo(id + control);
    }

    @ParameterizedTest
    @InstancioSource(samples = SAMPLES)
    void onlyTheEscapesOfRfc8259AreAllowed(@Given(GeneratedInput.Source.class) Random random) {
        char after =
                random.trueOrFalse() ? random.oneOf('"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u') : random.character();
        Decoded decoded = decode(viewWithId("a\\" + after + "0000"));
        if ("\"\\/bfnrtu".indexOf(after) >= 0) {
            assertThat(decoded).isInstanceOf(Decoded.Accepted.class);
        } else {
            assertThat(reason(decoded)).isEqualTo(RejectReason.MALFORMED_JSON);
        }
    }

    @ParameterizedTest
    @InstancioSource(samples = SAMPLES)
    void unpairedSurrogateEscapesAreRejectedAndPairsKept(@Given(GeneratedInput.Source.class) Random random) {
        char first = random.characterRange('\ud800', '\udfff');
        char second = random.trueOrFalse()
                ? random.characterRange('\udc00', '\udfff')
                : random.characterRange('\u0000', '\uffff');
        Decoded decoded = decode(viewWithId(String.format("\\u%04x\\u%04x", (int) first, (int) second)));
        if (Character.isSurrogatePair(first, second)) {
            assertThat(((Decoded.Accepted) decoded).event().eventId()).isEqualTo("" + first + second);
        } else {
            assertThat(reason(decoded)).isEqualTo(RejectReason.MALFORMED_JSON);
        }
    }

    @ParameterizedTest
    @InstancioSource(samples = SAMPLES)
    void anyBytesInAStringAreKeptIfUtf8AndRejectedIfNot(@Given(GeneratedInput.Source.class) Random random) {
        // Quotes, backslashes and control bytes would end the string or start an escape; they are tested above.
        byte[] id = withoutJsonSignificantBytes(GeneratedInput.bytes(random, 1, 12));
        String[] aroundId = viewWithId("\u0000").split("\u0000");
        Decoded decoded = codec.decode(
                concat(aroundId[0].getBytes(StandardCharsets.UTF_8), id, aroundId[1].getBytes(StandardCharsets.UTF_8)),
                NOW);
        // An independent test of well-formed UTF-8: lenient decoding replaces what is not, so it does not re-encode.
        String asText = new String(id, StandardCharsets.UTF_8);
        boolean wellFormed = Arrays.equals(asText.getBytes(StandardCharsets.UTF_8), id);
        if (!wellFormed) {
            assertThat(reason(decoded)).isEqualTo(RejectReason.NOT_UTF8);
        } else if (asText.isBlank()) {
            assertThat(reason(decoded)).isEqualTo(RejectReason.MISSING_FIELD);
        } else {
            assertThat(((Decoded.Accepted) decoded).event().eventId()).isEqualTo(asText);
        }
    }

    @ParameterizedTest
    @InstancioSource(samples = SAMPLES)
    void damagedPayloadsNeverThrowAndAreReadConsistently(@Given(GeneratedInput.Source.class) Random random) {
        byte[] payload = codec.encode(GeneratedInput.event(random, NOW)).getBytes(StandardCharsets.UTF_8);
        for (int i = random.intRange(1, 4); i > 0; i--) {
            payload[random.intRange(0, payload.length - 1)] = random.byteRange(Byte.MIN_VALUE, Byte.MAX_VALUE);
        }
        Decoded decoded = codec.decode(payload, NOW);
        if (decoded instanceof Decoded.Accepted accepted) {
            // Whatever the damage left, what was accepted is a valid event that survives its own round trip.
            assertThat(decode(codec.encode(accepted.event()))).isEqualTo(decoded);
        } else {
            Decoded.Rejected rejected = (Decoded.Rejected) decoded;
            assertThat(rejected.rejection().reason()).isNotNull();
            assertThat(rejected.rejection().detail()).isNotBlank();
        }
    }

    @Test
    void nestingIsAcceptedUpToTheLimit() {
        // The event object is the first level; the extra field adds the rest.
        for (int depth = 1; depth <= 2 * EventCodec.MAX_DEPTH; depth++) {
            String extra = "[".repeat(depth - 1) + "]".repeat(depth - 1);
            Decoded decoded = decode(depth == 1 ? viewWithId("e") : viewWithExtra(extra));
            if (depth <= EventCodec.MAX_DEPTH) {
                assertThat(decoded).as("depth %d", depth).isInstanceOf(Decoded.Accepted.class);
            } else {
                assertThat(reason(decoded)).as("depth %d", depth).isEqualTo(RejectReason.MALFORMED_JSON);
            }
        }
    }

    @Test
    void deepNestingIsRejectedCheaply() {
        // After the conformance suite's n_structure_100000_opening_arrays and i_structure_500_nested_arrays, with a
        // size limit that lets them reach the parser.
        EventCodec roomy = new EventCodec(new EventLimits(1 << 20, Duration.ofDays(1)));
        for (String payload : List.of(
                "[".repeat(100_000), "[".repeat(500) + "]".repeat(500), viewWithExtra("{\"a\":".repeat(20_000)))) {
            Decoded.Rejected rejected = (Decoded.Rejected) roomy.decode(payload.getBytes(StandardCharsets.UTF_8), NOW);
            assertThat(rejected.rejection().reason()).isEqualTo(RejectReason.MALFORMED_JSON);
            assertThat(rejected.rejection().detail()).contains("nesting depth");
        }
    }

    private Decoded decode(String payload) {
        return codec.decode(payload.getBytes(StandardCharsets.UTF_8), NOW);
    }

    private static RejectReason reason(Decoded decoded) {
        assertThat(decoded).isInstanceOf(Decoded.Rejected.class);
        return ((Decoded.Rejected) decoded).rejection().reason();
    }

    /** A view event whose id is the given JSON string content, written as it is (escapes and all). */
    private static String viewWithId(String rawId) {
        return "{\"eventId\":\"" + rawId
                + "\",\"type\":\"view\",\"time\":\"2026-11-28T10:00:00Z\",\"productId\":\"p\"}";
    }

    private static String viewWithExtra(String rawValue) {
        return "{\"eventId\":\"e\",\"type\":\"view\",\"time\":\"2026-11-28T10:00:00Z\",\"productId\":\"p\",\"extra\":"
                + rawValue + "}";
    }

    /** The text as the content of a JSON string, escaped by the JSON library. */
    private static String escaped(String text) {
        try {
            String quoted = JSON.writeValueAsString(text);
            return quoted.substring(1, quoted.length() - 1);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] withoutJsonSignificantBytes(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : bytes) {
            if (b != '"' && b != '\\' && (b & 0xff) >= 0x20) {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
