package dev.shoplens.bench.pages;

import dev.shoplens.bench.BenchSettings;
import dev.shoplens.bench.Suite;
import dev.shoplens.bench.harness.Figure;
import dev.shoplens.bench.harness.Percentiles;
import dev.shoplens.bench.harness.Scratch;
import dev.shoplens.bench.harness.Stopwatch;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.read.ShopReader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBConnection;

/**
 * {@code page_<page>_p50_ms} and {@code _p95_ms}: how long the store's reads of each dashboard page take on DuckDB
 * with {@code --scale} customers, against the fixed cost of any read on the same store (a connection of its own and
 * {@code SELECT 1}), timed in turns. Pages: the Overview (figures of today, the last hour per minute, freshness) and
 * the status the engineers' API serves (totals, rejections by reason, serving models, freshness). The Inventory
 * page reads per product, whose count does not grow with customers, and is not measured here.
 */
public final class PageQueries implements Suite {

    static final int OVERVIEW_MINUTES = 60;

    /** Days of history in the store: the events of a run span them. */
    static final int HISTORY_DAYS = 30;

    @Override
    public String title() {
        return "dashboard page reads against a bare query on the same store";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        try (Scratch scratch = Scratch.create("pages")) {
            DuckDbSettings store =
                    new DuckDbSettings(scratch.resolve("shop.duckdb").toString(), false);
            Instant now = PageStore.fill(store, settings.pageCustomers(), HISTORY_DAYS);
            try (ShopReader reader = store.openReader();
                    DuckDBConnection root = store.connect().unwrap(DuckDBConnection.class)) {
                List<Figure> figures = new ArrayList<>();
                figures.addAll(page("overview", settings, root, () -> reader.overview(OVERVIEW_MINUTES, now)));
                figures.addAll(page("status", settings, root, () -> {
                    reader.status();
                    reader.freshness(now);
                }));
                return figures;
            }
        }
    }

    private static List<Figure> page(String name, BenchSettings settings, DuckDBConnection root, Runnable read)
            throws SQLException {
        int calls = settings.pageQueries();
        for (int i = 0; i < settings.rounds().warmup() * 5; i++) {
            read.run();
            bareQuery(root);
        }
        double[] page = new double[calls];
        double[] bare = new double[calls];
        for (int i = 0; i < calls; i++) {
            if (i % 2 == 0) {
                page[i] = millis(read);
                bare[i] = bareQuery(root);
            } else {
                bare[i] = bareQuery(root);
                page[i] = millis(read);
            }
        }
        Percentiles pages = Percentiles.of(page);
        Percentiles bares = Percentiles.of(bare);
        String prefix = "page_" + name;
        return List.of(
                Figure.against(prefix + "_p50_ms", "ms", pages.p50(), bares.p50()),
                Figure.against(prefix + "_p95_ms", "ms", pages.p95(), bares.p95()));
    }

    private static double millis(Runnable read) {
        Stopwatch watch = Stopwatch.start();
        read.run();
        return watch.millis();
    }

    /** What every read pays whatever it asks: a connection of its own (as the reader gives each call) and a query. */
    private static double bareQuery(DuckDBConnection root) throws SQLException {
        Stopwatch watch = Stopwatch.start();
        try (var connection = root.duplicate();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT 1")) {
            rows.next();
        }
        return watch.millis();
    }
}
