package dev.shoplens.audiences;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AudienceChangeJsonTest {

    @Test
    void aChangeReadsBackAsWrittenUnknownValuesAsNull() {
        AudienceChange change = new AudienceChange(
                "win-back", 2, "c\"42 ü", 3, true, Instant.parse("2026-03-01T00:00:00Z"), 0.71, null, 140.5, null);

        byte[] json = AudienceChangeJson.write(change);

        assertThat(new String(json, StandardCharsets.UTF_8))
                .startsWith("{\"audienceId\":\"win-back\",\"audienceVersion\":2,\"customerId\":\"c\\\"42 ü\",\"seq\":3,"
                        + "\"change\":\"enter\",\"at\":\"2026-03-01T00:00:00Z\"")
                .contains("\"purchaseProbability\":null");
        assertThat(AudienceChangeJson.read(json)).isEqualTo(change);
    }
}
