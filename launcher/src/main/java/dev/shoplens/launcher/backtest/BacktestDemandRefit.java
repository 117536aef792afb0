package dev.shoplens.launcher.backtest;

import dev.shoplens.forecast.ProductRefit;
import dev.shoplens.retrain.demand.NightlyDemandRefit;
import dev.shoplens.retrain.demand.RefitNight;
import dev.shoplens.retrain.demand.RefitSettings;
import dev.shoplens.store.StoreSettings;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nightly demand refit as it would have run on the night of the calibration end: on the product days the feature
 * job wrote into the backtest's store over the calibration period, with the nightly job's defaults and seed (the
 * same input gives the same forest). Nothing is written: the backtest judges its forecasts itself.
 */
final class BacktestDemandRefit {

    private static final Logger LOG = LoggerFactory.getLogger(BacktestDemandRefit.class);

    private BacktestDemandRefit() {}

    /** Each product's verdict; none where the calibration period is too short for the forest. */
    static Map<String, ProductRefit> refit(StoreSettings store, BacktestSplit split) {
        Optional<RefitNight> night;
        try {
            night = new NightlyDemandRefit(store, RefitSettings.defaults(), Clock.systemUTC()).refit(split.cutoff());
        } catch (IllegalArgumentException e) {
            LOG.warn("no nightly demand refit in this backtest: {}", e.getMessage());
            return Map.of();
        }
        night.ifPresent(n -> LOG.info("nightly demand refit: {}", NightlyDemandRefit.reason(n)));
        return night.map(n ->
                        n.products().stream().collect(Collectors.toMap(ProductRefit::productId, Function.identity())))
                .orElse(Map.of());
    }
}
