package dev.shoplens.retrain.history;

import dev.shoplens.retrain.sequences.DailyActivity;
import dev.shoplens.retrain.sequences.StoredCustomer;
import dev.shoplens.retrain.sequences.StoredShop;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.StoreSettings;
import dev.shoplens.store.retrain.RetrainReads;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every customer's history from the store the feature job writes: first-seen times from {@code customer_features}
 * (fixed once a customer is seen), purchases and returns from {@code orders}, and each closed day's views and cart
 * adds from {@code customer_daily}, read by the store's {@link RetrainReads}.
 */
public final class StoreHistory {

    private StoreHistory() {}

    /** The history up to the newest event the store holds. */
    public static StoredShop read(StoreSettings store) {
        return read(store, null);
    }

    /**
     * The history strictly before {@code until} (null: all of it), as the store would have held it then; lets a
     * night in the past be replayed without anything after it.
     */
    public static StoredShop read(StoreSettings store, Instant until) {
        RetrainReads reads = new RetrainReads(store);
        Instant newest = reads.newestEvent();
        if (newest == null) {
            throw new StoreException("the store holds no events yet: nothing to train on");
        }
        Instant end = until == null || until.isAfter(newest) ? newest.plusNanos(1_000) : until;
        RetrainReads.Histories read = reads.histories(end);
        List<StoredCustomer> customers = new ArrayList<>();
        read.firstSeen()
                .forEach((id, firstSeen) -> customers.add(new StoredCustomer(
                        id,
                        firstSeen,
                        read.orders().getOrDefault(id, List.of()),
                        read.days().getOrDefault(id, List.<RetrainReads.CustomerDay>of()).stream()
                                .map(d -> new DailyActivity(d.day(), d.views(), d.cartAdds()))
                                .toList())));
        return new StoredShop(customers, end.isAfter(newest) ? newest : end);
    }

    /** The newest event the store holds (event time); null while it holds none. */
    public static Instant newestEvent(StoreSettings store) {
        return new RetrainReads(store).newestEvent();
    }
}
