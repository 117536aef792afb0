package dev.shoplens.launcher.status;

import dev.shoplens.dashboard.api.StatusJson;
import dev.shoplens.launcher.ConfigOption;
import dev.shoplens.launcher.DataDir;
import dev.shoplens.launcher.DataDirOption;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.StoreSettings;
import dev.shoplens.store.read.ShopReader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code shoplens status}: the store's totals as one JSON object. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Print one JSON object: events accepted and rejected (by reason), customers, products, orders,"
                + " revenue, first and last event time, models.")
public final class StatusCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() {
        return config.given() ? print(config.load().store()) : print(dataDir.dataDir());
    }

    /** The status of the store a configuration names (ClickHouse, or DuckDB where it says so). */
    public static int print(StoreSettings store) {
        try (ShopReader reader = store.openReader()) {
            System.out.println(StatusJson.pretty(StatusJson.status(reader.status())));
            return 0;
        } catch (StoreException e) {
            System.err.println("Cannot read the store " + store.describe() + ": " + rootMessage(e));
            return 1;
        }
    }

    public static int print(DataDir dir) {
        if (!dir.hasStore()) {
            System.err.println("No ShopLens store in " + dir.path() + " (run 'shoplens demo' or 'shoplens import').");
            return 2;
        }
        try (ShopReader reader = dir.store().asReadOnly().openReader()) {
            System.out.println(StatusJson.pretty(StatusJson.status(reader.status())));
            return 0;
        } catch (StoreException e) {
            System.err.println("Cannot read the store in " + dir.path() + ": " + rootMessage(e)
                    + "\nIf a ShopLens demo is running on it, ask it instead: GET /api/status.");
            return 1;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
