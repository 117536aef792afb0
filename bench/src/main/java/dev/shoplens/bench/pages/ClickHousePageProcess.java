package dev.shoplens.bench.pages;

import dev.shoplens.bench.BenchSettings;
import dev.shoplens.bench.Suite;
import dev.shoplens.bench.data.SyntheticStore;
import dev.shoplens.bench.harness.ChildJvm;
import dev.shoplens.bench.harness.ClickHouseEngine;
import dev.shoplens.bench.harness.Figure;
import dev.shoplens.bench.harness.Scratch;
import dev.shoplens.store.ClickHouseSettings;
import dev.shoplens.store.read.SharedReads;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.testing.ChdbServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code page_<page>_clickhouse_p50_ms} and {@code _p95_ms}: the same pages and store as {@link PageQueries}, on the
 * ClickHouse engine (libchdb behind its HTTP interface, as the tests run it), in a JVM of its own ({@link ChildJvm}).
 * The reader opens a JDBC connection per call, and so does the bare read it is measured against.
 */
public final class ClickHousePageProcess implements Suite {

    @Override
    public String title() {
        return "dashboard page reads on ClickHouse against a bare query on the same store (in a JVM of its own)";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        return ChildJvm.run(
                ClickHousePageProcess.class,
                "2g",
                List.of(
                        String.valueOf(settings.pageCustomers()),
                        String.valueOf(PageQueries.warmup(settings)),
                        String.valueOf(settings.pageQueries())));
    }

    /** The child: {@code customers warmupCalls calls}. */
    public static void main(String[] args) throws Exception {
        ChildJvm.report(a -> measure(Integer.parseInt(a[0]), Integer.parseInt(a[1]), Integer.parseInt(a[2])), args);
    }

    private static List<Figure> measure(int customers, int warmup, int calls) throws Exception {
        try (Scratch scratch = Scratch.create("clickhouse-pages");
                ChdbServer server = ClickHouseEngine.start(scratch)) {
            ClickHouseSettings store =
                    new ClickHouseSettings(server.url(), "shop", server.user(), server.password(), server.compresses());
            store.migrate();
            Instant now = SyntheticStore.fill(store, customers, PageQueries.HISTORY_DAYS);
            try (ShopReader reader = store.openReader()) {
                List<Figure> figures = new ArrayList<>(new PageTimer("clickhouse", reader, store::connect, System.err)
                        .time(PageQueries.pages(now, customers), warmup, calls));
                figures.addAll(
                        new PagesUnderLoad("clickhouse", SharedReads.over(reader), store::connect, store, System.err)
                                .measure(PageQueries.pages(now, customers), PageQueries.loadRounds(calls), customers));
                return figures;
            }
        }
    }
}
