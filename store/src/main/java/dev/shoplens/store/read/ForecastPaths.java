package dev.shoplens.store.read;

import static dev.shoplens.store.read.SqlShopReader.one;

import dev.shoplens.forecast.DemandPath;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Every product's forecast days as last read, kept by a reader for as long as the product forecasts stay as they
 * were: reading them is most of planning every product (2,000 products are 56,000 days), and they change only when a
 * product's day closes. Whether they changed is asked on every read, from the forecast headers (their count and
 * newest write), which the writer writes after their days ({@code ResultWriter.writeForecasts}): once a changed
 * header is visible, so are its days, and a path read before it is read again.
 */
final class ForecastPaths {

    /** The loader of every product's path when the forecasts changed. */
    @FunctionalInterface
    interface Loader {
        Map<String, DemandPath> load() throws SQLException;
    }

    private record Snapshot(Object[] version, Map<String, DemandPath> paths) {}

    private Snapshot last;

    /** Every product's path: the kept one while the headers are unchanged, else {@code loader}'s. */
    Map<String, DemandPath> all(Connection c, UnaryOperator<String> table, Loader loader) throws SQLException {
        Object[] version = one(
                c,
                "SELECT count(*), max(written_at), max(as_of) FROM " + table.apply("demand_forecasts")
                        + " WHERE level = 'product'");
        Snapshot kept = kept();
        if (kept != null && Arrays.equals(kept.version(), version)) {
            return kept.paths();
        }
        Map<String, DemandPath> paths = Map.copyOf(loader.load());
        keep(new Snapshot(version, paths));
        return paths;
    }

    private synchronized Snapshot kept() {
        return last;
    }

    private synchronized void keep(Snapshot snapshot) {
        last = snapshot;
    }
}
