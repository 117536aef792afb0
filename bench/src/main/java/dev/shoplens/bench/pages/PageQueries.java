package dev.shoplens.bench.pages;

import dev.shoplens.bench.BenchSettings;
import dev.shoplens.bench.Suite;
import dev.shoplens.bench.data.SyntheticStore;
import dev.shoplens.bench.harness.Figure;
import dev.shoplens.bench.harness.Scratch;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.read.SharedReads;
import dev.shoplens.store.read.ShopReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBConnection;

/**
 * {@code page_<page>_duckdb_p50_ms} and {@code _p95_ms}: every dashboard page's store reads ({@link DashboardPage})
 * on DuckDB with {@code --scale} customers and a hundred events each, against a bare read of the same store
 * ({@link PageTimer}). {@link ClickHousePageProcess} measures the same pages on ClickHouse.
 */
public final class PageQueries implements Suite {

    /** Days of history in the store: the events of a run span them. */
    static final int HISTORY_DAYS = 30;

    /** Warm-up calls of each page per warm-up round: the first reads of a table pay for loading it. */
    static final int WARMUP_CALLS = 5;

    @Override
    public String title() {
        return "dashboard page reads on DuckDB against a bare query on the same store";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        try (Scratch scratch = Scratch.create("pages")) {
            DuckDbSettings store =
                    new DuckDbSettings(scratch.resolve("shop.duckdb").toString(), false);
            Instant now = SyntheticStore.fill(store, settings.pageCustomers(), HISTORY_DAYS);
            try (ShopReader reader = store.openReader();
                    DuckDBConnection root = store.connect().unwrap(DuckDBConnection.class)) {
                List<Figure> figures = new ArrayList<>(new PageTimer("duckdb", reader, root::duplicate, System.err)
                        .time(pages(now, settings.pageCustomers()), warmup(settings), settings.pageQueries()));
                figures.addAll(
                        new PagesUnderLoad("duckdb", SharedReads.over(reader), root::duplicate, store, System.err)
                                .measure(
                                        pages(now, settings.pageCustomers()),
                                        loadRounds(settings.pageQueries()),
                                        settings.pageCustomers()));
                return figures;
            }
        }
    }

    static List<DashboardPage> pages(Instant now, int customers) {
        return DashboardPage.all(now, "c" + customers / 2);
    }

    /**
     * Each user's rounds over every page under load: a tenth of the single-user reads, so that the 32 users' reads
     * take about as long as one user's.
     */
    static int loadRounds(int pageQueries) {
        return Math.max(1, pageQueries / 10);
    }

    static int warmup(BenchSettings settings) {
        return settings.rounds().warmup() * WARMUP_CALLS;
    }
}
