package dev.shoplens.store.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RetentionTest {

    @Test
    void clickHousesTtlsAreTheRulesDuckDbIsCompactedBy() throws IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/sql/clickhouse/V10__retention.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Retention.Rule> ttls = new ArrayList<>();
        Matcher ttl = Pattern.compile(
                        "(?m)^ALTER TABLE (\\w+) MODIFY TTL toDateTime\\((\\w+)\\) \\+ INTERVAL (\\d+) DAY;")
                .matcher(sql);
        while (ttl.find()) {
            ttls.add(new Retention.Rule(ttl.group(1), ttl.group(2), Integer.parseInt(ttl.group(3))));
        }
        assertThat(ttls).isEqualTo(Retention.DEFAULTS.rules());
    }

    @Test
    void aTablesDaysCanBeChangedButOnlyForATableWithARule() {
        Retention shorter = Retention.DEFAULTS.with(Map.of("rejected_events", 30));
        assertThat(shorter.rules())
                .contains(new Retention.Rule("rejected_events", "rejected_at", 30))
                .hasSameSizeAs(Retention.DEFAULTS.rules());
        assertThatThrownBy(() -> Retention.DEFAULTS.with(Map.of("customer_features", 30)))
                .hasMessageContaining("no retention rule for customer_features");
        assertThatThrownBy(() -> Retention.DEFAULTS.with(Map.of("event_counts", 0)))
                .hasMessageContaining("at least a day");
    }
}
