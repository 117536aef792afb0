package dev.shoplens.bench.store;

import dev.shoplens.bench.Suite;
import dev.shoplens.bench.harness.ClickHouseEngine;
import dev.shoplens.bench.harness.Scratch;
import dev.shoplens.bench.harness.Stopwatch;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.store.ClickHouseSettings;
import dev.shoplens.store.write.Table;
import dev.shoplens.store.write.Tables;
import dev.shoplens.testing.ChdbServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * ClickHouse's bulk load: all rows as one {@code INSERT ... FORMAT TabSeparated} posted to the engine's HTTP
 * interface, formatting included (no driver, no JSON, no batches). The ceiling the sink is measured against.
 */
final class ClickHouseBulkLoad {

    private static final DateTimeFormatter DATETIME64 =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private ClickHouseBulkLoad() {}

    /**
     * The ClickHouse engine itself (libchdb) behind its HTTP interface in this JVM, one database per store; skipped
     * where the library is not installed.
     */
    static SinkThroughput.Engine<ClickHouseSettings> engine(Scratch scratch) throws Suite.Skipped, IOException {
        ChdbServer server = ClickHouseEngine.start(scratch);
        return new SinkThroughput.Engine<>() {
            @Override
            public ClickHouseSettings fresh(String name) {
                ClickHouseSettings store = new ClickHouseSettings(
                        server.url(), name, server.user(), server.password(), server.compresses());
                store.migrate();
                return store;
            }

            @Override
            public double bulkLoadRowsPerSecond(ClickHouseSettings store, List<CustomerFeatures> rows)
                    throws IOException, InterruptedException {
                return rowsPerSecond(store, rows);
            }

            @Override
            public void close() {
                server.close();
            }
        };
    }

    static double rowsPerSecond(ClickHouseSettings store, List<CustomerFeatures> rows)
            throws IOException, InterruptedException {
        Stopwatch watch = Stopwatch.start();
        Table<CustomerFeatures> table = Tables.CUSTOMER_FEATURES;
        String query = "INSERT INTO " + table.name() + " FORMAT TabSeparated";
        URI uri = URI.create(store.url() + "/?database=" + store.database() + "&query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .POST(HttpRequest.BodyPublishers.ofString(tabSeparated(table, rows)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("bulk insert failed: " + response.statusCode() + " " + response.body());
        }
        return watch.rate(rows.size());
    }

    /** The rows in the table's column order; values here are plain ids and numbers, which need no escaping. */
    private static <T> String tabSeparated(Table<T> table, List<T> rows) {
        StringBuilder out = new StringBuilder(rows.size() * 200);
        for (T row : rows) {
            List<Table.Column<T>> columns = table.columns();
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    out.append('\t');
                }
                Object value = columns.get(i).value().apply(row);
                out.append(value == null ? "\\N" : value instanceof Instant t ? DATETIME64.format(t) : value);
            }
            out.append('\n');
        }
        return out.toString();
    }
}
