package dev.shoplens.launcher.demo;

import dev.shoplens.simulator.SimulatedFeed;
import dev.shoplens.time.ShopClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import picocli.CommandLine.Option;

/** The simulated shop's options, shared by {@code demo} and {@code produce --simulate}. */
public final class ShopOptions {

    @Option(
            names = "--customers",
            defaultValue = "2000",
            description = "Customers who arrive over the shop's history. Default: ${DEFAULT-VALUE}")
    public int customers;

    @Option(
            names = "--products",
            defaultValue = "200",
            description = "Products in the catalogue. Default: ${DEFAULT-VALUE}")
    public int products;

    @Option(
            names = "--history-days",
            defaultValue = "180",
            description = "Days of history replayed at full speed before the shop goes live. Default: ${DEFAULT-VALUE}")
    public int historyDays;

    @Option(
            names = "--speed",
            defaultValue = "60",
            description = "How many times faster than the wall clock the live shop runs (60: a shop minute a"
                    + " second). Default: ${DEFAULT-VALUE}")
    public double speed;

    @Option(
            names = "--seed",
            defaultValue = "42",
            description = "Seed of the simulation: the same seed makes the same shop. Default: ${DEFAULT-VALUE}")
    public long seed;

    /**
     * The shop as a feed: its history up to now at full speed, then live at {@code speed} on a clock that starts
     * now; {@code limit} events at most.
     */
    public SimulatedFeed feed(ShopClock clock, long limit) {
        Instant now = Instant.now();
        Instant historyStart = now.minus(Duration.ofDays(historyDays)).truncatedTo(ChronoUnit.DAYS);
        return new SimulatedFeed(seed, customers, products, historyStart, clock, limit);
    }
}
