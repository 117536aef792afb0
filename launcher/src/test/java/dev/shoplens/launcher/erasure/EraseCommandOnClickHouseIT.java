package dev.shoplens.launcher.erasure;

import dev.shoplens.launcher.Cli;
import dev.shoplens.store.ClickHouseSettings;
import dev.shoplens.testing.ClickHouseTestEngine;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link EraseCommandIT}'s deletion request on the ClickHouse engine, in a test JVM of its own. */
class EraseCommandOnClickHouseIT {

    @TempDir
    Path dir;

    @Test
    void anErasedCustomerStaysErasedThroughAReplayOnClickHouse() throws Exception {
        try (ClickHouseTestEngine clickhouse = ClickHouseTestEngine.start(dir.resolve("clickhouse"))) {
            Path config = Cli.clickHouseConfig(dir.resolve("shoplens.yaml"), clickhouse, "erasure");
            ClickHouseSettings settings = new ClickHouseSettings(
                    clickhouse.url(), "erasure", clickhouse.user(), clickhouse.password(), clickhouse.compresses());

            EraseCommandIT.eraseBetweenTwoImports(
                    EraseCommandIT.events(dir),
                    new String[] {"--config", config.toString()},
                    settings::connect,
                    "clickhouse",
                    settings::openReader);
        }
    }
}
