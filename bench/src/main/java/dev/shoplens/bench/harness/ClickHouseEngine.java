package dev.shoplens.bench.harness;

import dev.shoplens.bench.Suite;
import dev.shoplens.testing.ChdbServer;
import java.io.IOException;

/** The ClickHouse engine (libchdb) behind its HTTP interface in this JVM, as the tests run it. */
public final class ClickHouseEngine {

    private ClickHouseEngine() {}

    /** Starts the engine with its data in the scratch folder; a suite is skipped where the library is missing. */
    public static ChdbServer start(Scratch scratch) throws Suite.Skipped, IOException {
        try {
            return ChdbServer.start(scratch.resolve("engine"));
        } catch (IllegalStateException | UnsatisfiedLinkError e) {
            throw new Suite.Skipped("the ClickHouse engine (libchdb) is not available: " + e.getMessage());
        }
    }
}
