package dev.shoplens.launcher.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shoplens.launcher.Cli;
import dev.shoplens.store.DuckDbSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compact --config}: the configured DuckDB store loses the rows past the configured days, no others. */
class CompactCommandTest {

    @TempDir
    Path dir;

    @Test
    void aConfiguredStoreKeepsRowsForTheConfiguredDays() throws Exception {
        DuckDbSettings store = new DuckDbSettings(dir.resolve("shop.duckdb").toString(), false);
        store.migrate();
        rejectedDaysAgo(store, "old", 40);
        rejectedDaysAgo(store, "recent", 10);
        Path config = Cli.duckDbConfig(
                dir.resolve("shoplens.yaml"), Path.of(store.file()), "retention:", "  rejectedEventsDays: 30");

        JsonNode first = new ObjectMapper().readTree(Cli.run("compact", "--config", config.toString()));
        JsonNode second = new ObjectMapper()
                .readTree(Cli.run("compact", "--config", config.toString(), "--keep", "rejected_events=5"));

        assertThat(first.path("rejected_events").asLong())
                .as("the row of 40 days ago")
                .isEqualTo(1);
        assertThat(first.path("event_counts").asLong()).isZero();
        assertThat(second.path("rejected_events").asLong())
                .as("--keep wins over the file")
                .isEqualTo(1);
    }

    private static void rejectedDaysAgo(DuckDbSettings store, String origin, int days) throws Exception {
        try (Connection c = store.connect();
                PreparedStatement st = c.prepareStatement(
                        "INSERT INTO rejected_events (origin, reason, rejected_at) VALUES (?, 'malformed', ?)")) {
            st.setString(1, origin);
            st.setTimestamp(2, Timestamp.from(Instant.now().minus(Duration.ofDays(days))));
            st.executeUpdate();
        }
    }
}
