package dev.shoplens.event;

/**
 * An event as it arrived, before decoding: the bytes and where they came from ({@code file:PATH:LINE},
 * {@code kafka:TOPIC:PARTITION:OFFSET}, {@code sim:SEQ}), so that a rejection can point back to its source.
 */
public record RawEvent(byte[] payload, String origin) {

    public static RawEvent of(String payload, String origin) {
        return new RawEvent(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8), origin);
    }
}
