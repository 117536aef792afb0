package dev.shoplens.bench.pages;

import dev.shoplens.bench.data.SyntheticCustomers;
import dev.shoplens.bench.data.SyntheticStore;
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
import java.util.concurrent.CountDownLatch;
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
 * {@code SELECT 1}) that the same user makes right before or after it, under the same load. A page read that throws
 * counts as failed; the first reason is noted (a bare read that throws is noted apart). The users start once the
 * writer has written its first batch, and the figures are not made if the writer fails. The users share one reader,
 * as the dashboard's sessions do; pages the engine refuses are left out as {@link PageTimer} leaves them out.
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
    private record Visits(List<Double> pages, List<Double> bare, int failed, String firstFailure, int bareFailed) {}

    List<Figure> measure(List<DashboardPage> pages, int rounds, int customers) throws Exception {
        List<DashboardPage> readable = PageTimer.readable(pages, reader, engine, notes);
        List<CustomerFeatures> rows = SyntheticCustomers.features(customers, 31);
        AtomicBoolean usersDone = new AtomicBoolean();
        AtomicLong rowsWritten = new AtomicLong();
        CountDownLatch firstBatch = new CountDownLatch(1);
        List<String> writerFailure = Collections.synchronizedList(new ArrayList<>());
        Thread writer =
                new Thread(() -> write(rows, usersDone, rowsWritten, firstBatch, writerFailure), "bench-writer");
        ExecutorService users = Executors.newFixedThreadPool(USERS);
        long started = System.nanoTime();
        List<Visits> visits = new ArrayList<>();
        try {
            writer.start();
            firstBatch.await();
            List<Future<Visits>> running = new ArrayList<>();
            for (int u = 0; u < USERS; u++) {
                long seed = u;
                running.add(users.submit(() -> visit(readable, rounds, new Random(seed))));
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
        if (!writerFailure.isEmpty()) {
            throw new IllegalStateException("the writer failed, so the reads were not under load: " + writerFailure);
        }
        return figures(visits, rowsWritten.get() / seconds);
    }

    private Visits visit(List<DashboardPage> pages, int rounds, Random random) {
        List<Double> pageTimes = new ArrayList<>();
        List<Double> bareTimes = new ArrayList<>();
        int[] failed = {0, 0};
        String[] firstFailure = {null};
        List<DashboardPage> order = new ArrayList<>(pages);
        for (int r = 0; r < rounds; r++) {
            Collections.shuffle(order, random);
            for (int i = 0; i < order.size(); i++) {
                DashboardPage page = order.get(i);
                // Turn about, so that neither side always meets the other's leftovers.
                boolean pageFirst = (r + i) % 2 == 0;
                if (!pageFirst) {
                    bare(bareTimes, failed);
                }
                try {
                    pageTimes.add(PageTimer.millis(reader, page));
                } catch (RuntimeException e) {
                    failed[0]++;
                    if (firstFailure[0] == null) {
                        firstFailure[0] = page.name() + ": " + PageTimer.firstLine(e);
                    }
                }
                if (pageFirst) {
                    bare(bareTimes, failed);
                }
            }
        }
        return new Visits(pageTimes, bareTimes, failed[0], firstFailure[0], failed[1]);
    }

    private void bare(List<Double> times, int[] failed) {
        try {
            times.add(PageTimer.bareRead(connections));
        } catch (java.sql.SQLException | RuntimeException e) {
            failed[1]++;
        }
    }

    /** Upserts as the job's sinks do until the users are done: known customers' newer rows, and new orders. */
    private void write(
            List<CustomerFeatures> features,
            AtomicBoolean usersDone,
            AtomicLong rowsWritten,
            CountDownLatch firstBatch,
            List<String> failure) {
        Instant asOf = SyntheticCustomers.AS_OF;
        int from = 0;
        int batch = 0;
        try (ResultWriter writer = store.openWriter()) {
            while (!usersDone.get()) {
                long next = System.nanoTime() + WRITE_EVERY.toNanos();
                int to = Math.min(features.size(), from + WRITE_ROWS);
                List<CustomerFeatures> slice = features.subList(from, to);
                writer.writeCustomerFeatures(slice);
                writer.writeCustomerScores(SyntheticStore.scores(slice, asOf));
                writer.writeOrders(orders(slice, batch, asOf));
                rowsWritten.addAndGet(3L * slice.size());
                firstBatch.countDown();
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
        } finally {
            firstBatch.countDown();
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

    private List<Figure> figures(List<Visits> visits, double rowsPerSecond) {
        double[] pageTimes = all(visits, true);
        double[] bareTimes = all(visits, false);
        int failed = visits.stream().mapToInt(Visits::failed).sum();
        int reads = pageTimes.length + failed;
        String prefix = "pages_under_load_" + engine;
        Figure succeeded = Figure.against(prefix + "_succeeded_share", "share", (reads - failed) / (double) reads, 1.0);
        if (pageTimes.length == 0 || bareTimes.length == 0) {
            notes.printf("bench:   %d users on %s: no read succeeded; %d page reads failed%n", USERS, engine, failed);
            return List.of(succeeded);
        }
        Percentiles pages = Percentiles.of(pageTimes);
        Percentiles bare = Percentiles.of(bareTimes);
        notes.printf(
                "bench:   %d users on %s: %,d page reads, %d failed%s (bare reads failed: %d); p95 %.0f ms (bare %.0f"
                        + " ms); the writer %,.0f rows/s%n",
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
                visits.stream().mapToInt(Visits::bareFailed).sum(),
                pages.p95(),
                bare.p95(),
                rowsPerSecond);
        return List.of(
                Figure.against(prefix + "_p50_ms", "ms", pages.p50(), bare.p50()),
                Figure.against(prefix + "_p95_ms", "ms", pages.p95(), bare.p95()),
                succeeded);
    }

    private static double[] all(List<Visits> visits, boolean pages) {
        return visits.stream()
                .flatMap(v -> (pages ? v.pages() : v.bare()).stream())
                .mapToDouble(Double::doubleValue)
                .toArray();
    }
}
