package dev.shoplens.bench.pages;

import dev.shoplens.bench.data.SyntheticCustomers;
import dev.shoplens.bench.harness.Figure;
import dev.shoplens.bench.harness.Percentiles;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.orders.OrderRow;
import dev.shoplens.store.StoreSettings;
import dev.shoplens.store.read.ShopReader;
import dev.shoplens.store.write.ResultWriter;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code pages_under_load_<engine>_p50_ms}, {@code _p95_ms} and {@code _succeeded_share}: {@link #USERS} users at once,
 * each opening every page in an order of their own, {@code rounds} times, while a writer upserts what the feature job
 * writes at its sinks' pace ({@link #WRITE_ROWS} customers' features and scores and as many new orders every
 * {@link #WRITE_EVERY}). Each page read is measured against a bare read (a connection as the reader opens one, and
 * {@code SELECT 1}) that the same user makes right before or after it, under the same load. A read that throws counts
 * as failed; the first reason is noted. The users share one reader, as the dashboard's sessions do.
 */
final class PagesUnderLoad {

    static final int USERS = 32;
    static final Duration WRITE_EVERY = Duration.ofMillis(200);
    static final int WRITE_ROWS = 2_000;

    private final String engine;
    private final ShopReader reader;
    private final PageTimer.Connections connections;
    private final StoreSettings store;
    private final PrintStream notes;

    PagesUnderLoad(
            String engine,
            ShopReader reader,
            PageTimer.Connections connections,
            StoreSettings store,
            PrintStream notes) {
        this.engine = engine;
        this.reader = reader;
        this.connections = connections;
        this.store = store;
        this.notes = notes;
    }

    /** What one user saw: each page read's time and the bare read's beside it, and the reads that failed. */
    private record Visits(List<Double> pages, List<Double> bare, int failed, String firstFailure) {}

    List<Figure> measure(List<DashboardPage> pages, int rounds, int customers) throws Exception {
        AtomicBoolean usersDone = new AtomicBoolean();
        AtomicLong rowsWritten = new AtomicLong();
        List<String> writerFailure = Collections.synchronizedList(new ArrayList<>());
        Thread writer = new Thread(() -> write(customers, usersDone, rowsWritten, writerFailure), "bench-writer");
        ExecutorService users = Executors.newFixedThreadPool(USERS);
        long started = System.nanoTime();
        List<Visits> visits = new ArrayList<>();
        try {
            writer.start();
            List<Future<Visits>> running = new ArrayList<>();
            for (int u = 0; u < USERS; u++) {
                long seed = u;
                running.add(users.submit(() -> visit(pages, rounds, new Random(seed))));
            }
            for (Future<Visits> user : running) {
                visits.add(user.get());
            }
        } finally {
            usersDone.set(true);
            users.shutdownNow();
            writer.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return figures(visits, rowsWritten.get() / seconds, writerFailure);
    }

    private Visits visit(List<DashboardPage> pages, int rounds, Random random) {
        List<Double> pageTimes = new ArrayList<>();
        List<Double> bareTimes = new ArrayList<>();
        int failed = 0;
        String firstFailure = null;
        List<DashboardPage> order = new ArrayList<>(pages);
        for (int r = 0; r < rounds; r++) {
            Collections.shuffle(order, random);
            for (int i = 0; i < order.size(); i++) {
                try {
                    // Turn about, so that neither side always meets the other's leftovers.
                    if ((r + i) % 2 == 0) {
                        pageTimes.add(PageTimer.millis(reader, order.get(i)));
                        bareTimes.add(PageTimer.bareRead(connections));
                    } else {
                        bareTimes.add(PageTimer.bareRead(connections));
                        pageTimes.add(PageTimer.millis(reader, order.get(i)));
                    }
                } catch (Exception e) {
                    failed++;
                    if (firstFailure == null) {
                        firstFailure = order.get(i).name() + ": " + PageTimer.firstLine(e);
                    }
                }
            }
        }
        return new Visits(pageTimes, bareTimes, failed, firstFailure);
    }

    /** Upserts as the job's sinks do until the users are done: known customers' newer rows, and new orders. */
    private void write(int customers, AtomicBoolean usersDone, AtomicLong rowsWritten, List<String> failure) {
        List<CustomerFeatures> features = SyntheticCustomers.features(customers, 31);
        Instant asOf = SyntheticCustomers.AS_OF;
        int from = 0;
        int batch = 0;
        try (ResultWriter writer = store.openWriter()) {
            while (!usersDone.get()) {
                long next = System.nanoTime() + WRITE_EVERY.toNanos();
                int to = Math.min(features.size(), from + WRITE_ROWS);
                List<CustomerFeatures> slice = features.subList(from, to);
                writer.writeCustomerFeatures(slice);
                writer.writeCustomerScores(PageStore.scores(slice, asOf));
                writer.writeOrders(orders(slice, batch, asOf));
                rowsWritten.addAndGet(3L * slice.size());
                from = to == features.size() ? 0 : to;
                batch++;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure.add(PageTimer.firstLine(e));
        }
    }

    private static List<OrderRow> orders(List<CustomerFeatures> customers, int batch, Instant at) {
        List<OrderRow> orders = new ArrayList<>(customers.size());
        for (CustomerFeatures c : customers) {
            String id = "load-" + batch + "-" + c.customerId();
            orders.add(new OrderRow(id, id, c.customerId(), at, "purchase", 1, 25.0));
        }
        return orders;
    }

    private List<Figure> figures(List<Visits> visits, double rowsPerSecond, List<String> writerFailure) {
        Percentiles pages = Percentiles.of(all(visits, true));
        Percentiles bare = Percentiles.of(all(visits, false));
        int failed = visits.stream().mapToInt(Visits::failed).sum();
        int reads = pages.count() + failed;
        notes.printf(
                "bench:   %d users on %s: %,d page reads, %d failed%s; p95 %.0f ms (bare %.0f ms); the writer %,.0f"
                        + " rows/s%s%n",
                USERS,
                engine,
                reads,
                failed,
                visits.stream()
                        .map(Visits::firstFailure)
                        .filter(f -> f != null)
                        .findFirst()
                        .map(f -> " (first: " + f + ")")
                        .orElse(""),
                pages.p95(),
                bare.p95(),
                rowsPerSecond,
                writerFailure.isEmpty() ? "" : ", and failed: " + writerFailure.get(0));
        String prefix = "pages_under_load_" + engine;
        return List.of(
                Figure.against(prefix + "_p50_ms", "ms", pages.p50(), bare.p50()),
                Figure.against(prefix + "_p95_ms", "ms", pages.p95(), bare.p95()),
                Figure.against(prefix + "_succeeded_share", "share", (reads - failed) / (double) reads, 1.0));
    }

    private static double[] all(List<Visits> visits, boolean pages) {
        return visits.stream()
                .flatMap(v -> (pages ? v.pages() : v.bare()).stream())
                .mapToDouble(Double::doubleValue)
                .toArray();
    }
}
