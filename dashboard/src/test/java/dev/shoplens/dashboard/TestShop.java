package dev.shoplens.dashboard;

import dev.shoplens.activity.EventCount;
import dev.shoplens.activity.IngestProgress;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.orders.OrderRow;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.write.ResultWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * DuckDB stores for tests, in fresh folders under {@code target/test-stores}, and the rows they hold. The known
 * shop has a day before "today" on purpose: figures for today must leave it out, totals must count it.
 */
public final class TestShop {

    /** The newest event's day is 2026-03-02 (UTC): that is "today" for the known shop. */
    public static final Instant T0 = Instant.parse("2026-03-02T10:15:00Z");

    public static final Instant YESTERDAY = Instant.parse("2026-03-01T23:00:00Z");

    /** What the known shop's figures come to, worked out by hand from the rows below. */
    public static final long ORDERS_TODAY = 2;

    public static final String REVENUE_TODAY = "£37.50"; // 30.00 + 12.50 - 5.00 returned

    public static final String EVENTS_PER_MINUTE = "3.5"; // 4 events at 10:15, 3 at 10:16

    public static final long ACTIVE_CUSTOMERS_TODAY = 2; // c1 and c2; c3 was last seen yesterday

    public static final String FRESHNESS =
            "as of 2026-03-02 10:16:00 UTC, 70 s behind"; // results at +60 s, events at +130 s

    private TestShop() {}

    /** A store holding the known shop. */
    public static DuckDbSettings knownShop() {
        DuckDbSettings settings = emptyStore();
        try (ResultWriter writer = settings.openWriter()) {
            writeKnownShop(writer);
        }
        return settings;
    }

    /** A store with the schema and no rows. */
    public static DuckDbSettings emptyStore() {
        try {
            Path root = Files.createDirectories(Path.of("target", "test-stores"));
            Path dir = Files.createTempDirectory(root.toAbsolutePath(), "store-");
            DuckDbSettings settings =
                    new DuckDbSettings(dir.resolve("shop.duckdb").toString(), false);
            settings.openWriter().close(); // applies the schema
            return settings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeKnownShop(ResultWriter writer) {
        writer.writeOrders(List.of(
                purchase("e0", "c3", YESTERDAY, 100.0),
                purchase("e1", "c1", T0, 30.0),
                purchase("e2", "c2", T0.plusSeconds(5), 12.5),
                new OrderRow("e3", "o-e1", "c1", T0.plusSeconds(65), "return", 1, 5.0)));
        writer.writeEventCounts(List.of(
                new EventCount(YESTERDAY, "purchase", 1, YESTERDAY, YESTERDAY),
                new EventCount(T0, "view", 2, T0, T0.plusSeconds(40)),
                new EventCount(T0, "purchase", 2, T0, T0.plusSeconds(5)),
                new EventCount(T0.plusSeconds(60), "view", 3, T0.plusSeconds(61), T0.plusSeconds(70))));
        writer.writeCustomerFeatures(List.of(
                features("c1", T0.plusSeconds(60)), features("c2", T0.plusSeconds(5)), features("c3", YESTERDAY)));
        writer.writeIngestProgress(List.of(new IngestProgress("validate-0", T0.plusSeconds(130), 8, T0)));
    }

    public static OrderRow purchase(String eventId, String customerId, Instant time, double amount) {
        return new OrderRow(eventId, "o-" + eventId, customerId, time, "purchase", 1, amount);
    }

    public static CustomerFeatures features(String customerId, Instant asOf) {
        return new CustomerFeatures(
                customerId,
                asOf,
                asOf,
                asOf,
                0.0,
                1,
                1,
                1,
                30.0,
                30.0,
                30.0,
                1,
                30.0,
                30.0,
                3,
                1,
                0,
                0.0,
                1,
                0.0,
                null,
                0.0,
                1);
    }
}
