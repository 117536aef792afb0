package dev.shoplens.retrain.demand;

import dev.shoplens.store.StoreSettings;
import dev.shoplens.store.retrain.RetrainReads;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every product's closed days as the feature job wrote them ({@code product_daily}): units sold net of returns. */
final class ProductDays {

    private ProductDays() {}

    /** Units net of returns per product and day, for the days up to {@code lastDay}. */
    static Map<String, TreeMap<LocalDate, Double>> read(StoreSettings store, LocalDate lastDay) {
        return new RetrainReads(store).productDays(lastDay);
    }

    /** The newest day the store holds; empty for a store without product days. */
    static Optional<LocalDate> newestDay(StoreSettings store) {
        return new RetrainReads(store).newestProductDay();
    }
}
