package dev.shoplens.bench.harness;

import dev.shoplens.bench.Suite;
import dev.shoplens.testing.ChdbServer;
import java.io.IOException;
import java.time.Duration;

/** The ClickHouse engine (libchdb) behind its HTTP interface in this JVM, as the tests run it. */
public final class ClickHouseEngine {

    private static final Duration BULK_LOAD_TIMEOUT = Duration.ofMinutes(30);

    private ClickHouseEngine() {}

    /** Starts the engine with its data in the scratch folder; a suite is skipped where the library is missing. */
    public static ChdbServer start(Scratch scratch) throws Suite.Skipped, IOException {
        try {
            // Bulk loads of a 100k-customer store are single statements that may take minutes on a loaded machine.
            return ChdbServer.start(scratch.resolve("engine"), BULK_LOAD_TIMEOUT);
        } catch (IllegalStateException | UnsatisfiedLinkError e) {
            throw new Suite.Skipped("the ClickHouse engine (libchdb) is not available: " + e.getMessage());
        }
    }
}
