package dev.shoplens.quality;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A rejected event as it is kept for engineers: the reason, the raw payload (truncated to a bound), where it
 * came from and when it was rejected (wall clock).
 */
public record RejectedEvent(
        String reason, String detail, String origin, String payload, Instant rejectedAt, String eventId) {

    /** Payloads are kept up to this many characters, enough to see what went wrong without storing floods. */
    public static final int MAX_KEPT_PAYLOAD = 2_000;

    public static RejectedEvent of(Rejection rejection, String origin, String payload, Instant at, String eventId) {
        return new RejectedEvent(rejection.reason().code(), rejection.detail(), origin, truncate(payload), at, eventId);
    }

    /**
     * The payload as an engineer can read it in a text column: UTF-8 text as it is, and every byte that is not
     * valid UTF-8, and every control character JSON forbids unescaped (all but tab, line feed and carriage return),
     * written as {@code \xNN}, so that the bytes that made a line unreadable stay visible instead of vanishing
     * into replacement characters or ending the text early.
     */
    public static String readable(byte[] payload) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder(); // reports errors, replaces nothing
        ByteBuffer in = ByteBuffer.wrap(payload);
        CharBuffer out = CharBuffer.allocate(payload.length);
        StringBuilder text = new StringBuilder(payload.length);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            appendVisible(text, out.flip());
            out.clear();
            if (!result.isError()) {
                break;
            }
            for (int i = 0; i < result.length(); i++) {
                appendByte(text, in.get());
            }
        }
        return text.toString();
    }

    private static void appendVisible(StringBuilder text, CharBuffer chars) {
        while (chars.hasRemaining()) {
            char c = chars.get();
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                appendByte(text, (byte) c);
            } else {
                text.append(c);
            }
        }
    }

    private static void appendByte(StringBuilder text, byte b) {
        text.append(String.format("\\x%02x", b & 0xff));
    }

    static String truncate(String payload) {
        if (payload == null || payload.length() <= MAX_KEPT_PAYLOAD) {
            return payload;
        }
        return payload.substring(0, MAX_KEPT_PAYLOAD) + "…[truncated " + payload.length() + " chars]";
    }
}
