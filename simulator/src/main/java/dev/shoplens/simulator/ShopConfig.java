package dev.shoplens.simulator;

import java.time.Instant;

/**
 * What to simulate. The same config always yields the same event stream.
 *
 * <p>{@code customers} is the size of the customer base once it has ramped up: about 20% of them exist at
 * {@code start}, the rest arrive over the following 120 days, and after that newcomers keep trickling in at a tenth
 * of the ramp rate, so that a live demo still sees first-time customers.
 *
 * @param seed seeds every random choice of the simulation
 * @param customers customers that have arrived by day 120 (at least 1)
 * @param products products in the catalogue (at least 1)
 * @param start time of the first event
 */
public record ShopConfig(long seed, int customers, int products, Instant start) {

    /** Customer base the demo uses. */
    public static final int DEMO_CUSTOMERS = 2000;

    /** Catalogue size the demo uses. */
    public static final int DEMO_PRODUCTS = 200;

    public ShopConfig {
        if (customers < 1) {
            throw new IllegalArgumentException("customers must be at least 1, was " + customers);
        }
        if (products < 1) {
            throw new IllegalArgumentException("products must be at least 1, was " + products);
        }
        if (start == null) {
            throw new IllegalArgumentException("start must not be null");
        }
    }

    /** The demo's shop: {@value #DEMO_CUSTOMERS} customers and {@value #DEMO_PRODUCTS} products. */
    public static ShopConfig demo(long seed, Instant start) {
        return new ShopConfig(seed, DEMO_CUSTOMERS, DEMO_PRODUCTS, start);
    }
}
