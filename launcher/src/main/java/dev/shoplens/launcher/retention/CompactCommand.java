package dev.shoplens.launcher.retention;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoplens.launcher.DataDir;
import dev.shoplens.launcher.DataDirOption;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.retention.Compaction;
import dev.shoplens.store.retention.Retention;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code shoplens compact}: DuckDB's retention, the rows past each table's rule deleted (ClickHouse does the same
 * by itself, with TTLs). DuckDB lets one process write the file, so it runs while no demo or import uses it.
 */
@Command(
        name = "compact",
        mixinStandardHelpOptions = true,
        description =
                "Delete what a DuckDB store keeps no longer: rejected input after 90 days, per-minute counts after"
                        + " 35, customers' days after 400, products' days after 800, nightly scores after 180, each counted from"
                        + " when the row was written. Prints the rows deleted per table as JSON.")
public final class CompactCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(
            names = "--keep",
            paramLabel = "TABLE=DAYS",
            description = "Keep a table's rows this many days instead, e.g. --keep rejected_events=30 (repeatable).")
    Map<String, Integer> keep = Map.of();

    @Override
    public Integer call() {
        DataDir dir = dataDir.dataDir();
        if (!dir.hasStore()) {
            System.err.println("No ShopLens store in " + dir.path() + ".");
            return 2;
        }
        Retention retention = Retention.DEFAULTS.with(keep);
        try {
            Map<String, Long> deleted = Compaction.compact(dir.store(), retention, Instant.now());
            ObjectNode json = new ObjectMapper().createObjectNode();
            deleted.forEach(json::put);
            System.out.println(json.toPrettyString());
            return 0;
        } catch (StoreException e) {
            System.err.println("Could not compact the store in " + dir.path() + ": " + e.getMessage()
                    + "\nIs a demo or an import using it? DuckDB lets one process write the file.");
            return 1;
        }
    }
}
