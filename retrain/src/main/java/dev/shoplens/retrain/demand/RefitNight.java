package dev.shoplens.retrain.demand;

import dev.shoplens.forecast.ProductRefit;
import dev.shoplens.jobs.forecast.DemandScore;
import dev.shoplens.models.demand.DemandForest;
import java.time.LocalDate;
import java.util.List;

/**
 * What one night's demand refit found: each product's verdict, the forest fitted on every day, and the errors on the
 * held-out days added up over the products both forecast: the forest's, the streaming forecast's, and those of the
 * forecast each product then serves.
 */
public record RefitNight(
        LocalDate lastDay,
        List<ProductRefit> products,
        DemandForest forest,
        DemandScore nightly,
        DemandScore streaming,
        DemandScore chosen) {

    public long servedByForest() {
        return products.stream().filter(ProductRefit::nightlyServes).count();
    }

    public long servedByStreaming() {
        return products.size() - servedByForest();
    }
}
