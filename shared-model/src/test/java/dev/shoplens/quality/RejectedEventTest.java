package dev.shoplens.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RejectedEventTest {

    @Test
    void aReadablePayloadKeepsTextAndShowsTheBytesThatAreNot() {
        assertThat(RejectedEvent.readable("{\"id\":\"café ✓\"}\t\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("{\"id\":\"café ✓\"}\t\n");
        byte[] latin1AndNul = {'{', '"', 'c', 'a', 'f', (byte) 0xe9, '"', 0x00, '}'};
        assertThat(RejectedEvent.readable(latin1AndNul)).isEqualTo("{\"caf\\xe9\"\\x00}");
        byte[] overlongAndTruncated = {(byte) 0xc0, (byte) 0xaf, 'x', (byte) 0xe2, (byte) 0x82};
        assertThat(RejectedEvent.readable(overlongAndTruncated)).isEqualTo("\\xc0\\xafx\\xe2\\x82");
        assertThat(RejectedEvent.readable(new byte[0])).isEmpty();
    }

    @Test
    void longPayloadsAreKeptUpToTheBoundAndSaySo() {
        String kept = RejectedEvent.truncate("x".repeat(RejectedEvent.MAX_KEPT_PAYLOAD + 5));
        assertThat(kept).startsWith("x".repeat(RejectedEvent.MAX_KEPT_PAYLOAD)).endsWith("[truncated 2005 chars]");
    }
}
