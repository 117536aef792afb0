package dev.shoplens.retrain.demand;

import dev.shoplens.inventory.InventoryPolicy;
import dev.shoplens.models.demand.ForestSettings;

/**
 * How the nightly demand refit runs, validated once at start.
 *
 * @param holdoutDays the latest days held out to measure the forest against the streaming forecast, per product
 * @param forecastDays days forecast after the last closed day: the planning horizon and two more, so that a
 *     night's forecast still covers the horizon when the next night's refit is a day or two late
 * @param margin how much smaller (a share) the forest's held-out error must be than the streaming forecast's for the
 *     forest to serve a product: the streaming forecast follows every day as it closes, and a lead of a hair on 28
 *     days of one product is noise
 * @param forest the forest's settings and seed
 */
public record RefitSettings(int holdoutDays, int forecastDays, double margin, ForestSettings forest) {

    public RefitSettings {
        if (!(margin >= 0 && margin < 1)) {
            throw new IllegalArgumentException("margin must lie in [0, 1)");
        }
        if (holdoutDays < 7 || holdoutDays > InventoryPolicy.HORIZON_DAYS) {
            throw new IllegalArgumentException("holdoutDays must lie in 7.." + InventoryPolicy.HORIZON_DAYS);
        }
        if (forecastDays < InventoryPolicy.HORIZON_DAYS || forest == null) {
            throw new IllegalArgumentException("forecastDays must cover the planning horizon, forest must be set");
        }
    }

    public static RefitSettings defaults() {
        return new RefitSettings(28, InventoryPolicy.HORIZON_DAYS + 2, 0.1, ForestSettings.defaults());
    }
}
