package dev.shoplens.dashboard;

import dev.shoplens.activity.EventCount;
import dev.shoplens.activity.IngestProgress;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.write.ResultWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A shop that keeps selling: every second one more purchase, a few more events and fresher features, written at
 * the wall-clock time through a {@link ResultWriter}, as the Flink sinks do in the launcher.
 */
public final class LiveShop implements AutoCloseable {

    private final ResultWriter writer;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "live-shop");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger ticks = new AtomicInteger();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private long eventsThisMinute;
    private Instant minute;

    private LiveShop(DuckDbSettings store) {
        this.writer = store.openWriter();
    }

    /** Writes the first second at once (so the first page has figures), then one second every second. */
    public static LiveShop start(DuckDbSettings store) {
        LiveShop shop = new LiveShop(store);
        shop.tick();
        shop.timer.scheduleAtFixedRate(shop::tickSafely, 1, 1, TimeUnit.SECONDS);
        return shop;
    }

    public int ticks() {
        return ticks.get();
    }

    /** Rethrows what went wrong in the background, so a test does not wait for numbers that never come. */
    public void assertHealthy() {
        if (failure.get() != null) {
            throw new AssertionError("the live shop stopped writing", failure.get());
        }
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
            throw e;
        }
    }

    private synchronized void tick() {
        int n = ticks.incrementAndGet();
        Instant now = Instant.now();
        Instant thisMinute = now.truncatedTo(ChronoUnit.MINUTES);
        if (!thisMinute.equals(minute)) {
            minute = thisMinute;
            eventsThisMinute = 0;
        }
        eventsThisMinute += 3;
        writer.writeOrders(List.of(TestShop.purchase("live-" + n, "live-c" + n % 5, now, 10.0 + n)));
        writer.writeEventCounts(List.of(new EventCount(minute, "view", eventsThisMinute, minute, now)));
        writer.writeCustomerFeatures(List.of(TestShop.features("live-c" + n % 5, now.minusSeconds(1))));
        writer.writeIngestProgress(List.of(new IngestProgress("live-0", now, 3L * n, now)));
    }

    @Override
    public void close() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(10, TimeUnit.SECONDS);
        synchronized (this) {
            writer.close();
        }
    }
}
