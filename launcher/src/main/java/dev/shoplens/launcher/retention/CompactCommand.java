package dev.shoplens.launcher.retention;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoplens.jobs.config.ShopLensConfig;
import dev.shoplens.launcher.ConfigOption;
import dev.shoplens.launcher.DataDir;
import dev.shoplens.launcher.DataDirOption;
import dev.shoplens.store.ClickHouseSettings;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.StoreSettings;
import dev.shoplens.store.retention.ClickHouseTtls;
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
 * by itself, with TTLs: given a ClickHouse store, the command sets them, as the job does at its start). DuckDB lets
 * one process write the file, so it runs while no demo or import uses it.
 */
@Command(
        name = "compact",
        mixinStandardHelpOptions = true,
        description =
                "Delete what a DuckDB store keeps no longer: rejected input after 90 days, per-minute counts after"
                        + " 35, customers' days after 400, products' days after 800, nightly scores after 180, each counted from"
                        + " when the row was written (--config: the store and days of shoplens.yaml's retention.*;"
                        + " a ClickHouse store gets them as TTLs). Prints the rows deleted per table as JSON.")
public final class CompactCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Mixin
    ConfigOption config;

    @Option(
            names = "--keep",
            paramLabel = "TABLE=DAYS",
            description = "Keep a table's rows this many days instead, e.g. --keep rejected_events=30 (repeatable).")
    Map<String, Integer> keep = Map.of();

    @Override
    public Integer call() {
        StoreSettings store;
        Retention retention = Retention.DEFAULTS;
        if (config.given()) {
            ShopLensConfig loaded = config.load();
            store = loaded.store();
            retention = loaded.retention();
        } else {
            DataDir dir = dataDir.dataDir();
            if (!dir.hasStore()) {
                System.err.println("No ShopLens store in " + dir.path() + ".");
                return 2;
            }
            store = dir.store();
        }
        retention = retention.with(keep);
        ObjectNode json = new ObjectMapper().createObjectNode();
        try {
            if (store instanceof ClickHouseSettings clickHouse) {
                // ClickHouse deletes by itself; what it is told is how long.
                ClickHouseTtls.apply(clickHouse, retention).forEach(json.putArray("ttlsChanged")::add);
            } else {
                Compaction.compact((DuckDbSettings) store, retention, Instant.now())
                        .forEach(json::put);
            }
        } catch (StoreException e) {
            System.err.println("Could not compact " + store.describe() + ": " + e.getMessage()
                    + "\nIs a demo or an import using it? DuckDB lets one process write the file.");
            return 1;
        }
        System.out.println(json.toPrettyString());
        return 0;
    }
}
