package dev.shoplens.store.read;

import java.time.Instant;

/** What the dashboard and the command line read from the store. Every query is parameterised. */
public interface ShopReader extends AutoCloseable {

    /** Totals since the store was created: the figures of {@code shoplens status}. */
    ShopStatus status();

    /** How far stored results lag behind the newest accepted event, as of {@code now} (wall clock). */
    Freshness freshness(Instant now);

    /** The shop's current event-time day and the last {@code minutes} minutes of activity. */
    Overview overview(int minutes, Instant now);

    /** Forecasts, reorder plans and their settings (refused where the store keeps no forecasts). */
    default InventoryPlanning inventory() {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not plan inventory yet");
    }

    @Override
    void close();
}
