package dev.shoplens.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded engine's adapter: a query the engine does not answer in time fails the caller instead of hanging. */
class ChdbServerTest {

    @Test
    void aQueryPastTheTimeoutFailsAndSoDoesEveryLaterOne(@TempDir Path dataDir) throws Exception {
        ChdbServer engine = ChdbServer.start(dataDir, Duration.ofSeconds(1));
        try {
            assertThat(engine.query("SELECT 40 + 2", "TabSeparated")).isEqualTo("42\n");

            // sleep(2) stands in for a call into the library that does not come back in time.
            assertThatThrownBy(() -> engine.query("SELECT sleep(2)", "TabSeparated"))
                    .hasMessageContaining("Code: 159")
                    .hasMessageContaining("did not answer in 1 s: SELECT sleep(2)");
            assertThatThrownBy(() -> engine.query("SELECT 1", "TabSeparated"))
                    .hasMessageContaining("stuck in an earlier query: SELECT sleep(2)");
        } finally {
            engine.close();
        }
    }
}
