package dev.shoplens.retrain.demand;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoplens.forecast.ForecastDay;
import dev.shoplens.forecast.ProductRefit;
import dev.shoplens.jobs.forecast.DemandScore;
import dev.shoplens.models.demand.DailyDemand;
import dev.shoplens.retrain.job.RetrainProgress;
import dev.shoplens.retrain.job.RetrainStore;
import dev.shoplens.scores.ModelVersionRow;
import dev.shoplens.scores.RetrainRun;
import dev.shoplens.store.StoreSettings;
import dev.shoplens.store.write.RefitTables;
import dev.shoplens.store.write.ResultWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nightly demand refit on a store: reads every product's closed days, fits the global forest, lets each product
 * be served by whichever of the forest and the streaming forecast did better on the latest held-out days
 * ({@link DemandRefit}), and writes each product's verdict and the forest's forecasts ({@code demand_refits},
 * {@code demand_refit_days}; inventory planning reads them), the forest into the model registry (kind
 * {@value #KIND}, with its provenance and the held-out errors as metrics) and the run into {@code retrain_runs}.
 * A refit that fails records why and leaves the forecasts as they were.
 */
public final class NightlyDemandRefit {

    public static final String KIND = "demand_forest";
    public static final String REFITTED = "refitted";

    private static final Logger LOG = LoggerFactory.getLogger(NightlyDemandRefit.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StoreSettings store;
    private final RefitSettings settings;
    private final Clock clock;
    private final RetrainStore registry;
    private final RetrainProgress progress;

    public NightlyDemandRefit(StoreSettings store, RefitSettings settings, Clock clock) {
        this(store, settings, clock, RetrainProgress.SILENT);
    }

    /** A refit that tells {@code progress} what it is doing as it goes. */
    public NightlyDemandRefit(StoreSettings store, RefitSettings settings, Clock clock, RetrainProgress progress) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.registry = new RetrainStore(store);
        this.progress = progress;
    }

    /**
     * Refits as on the night of {@code night}: the days before its UTC day are closed (null: every day the store
     * holds is taken as closed). The run is returned, not written: the caller records it with the others. A store
     * without product days (a shop that reports no products) has nothing to refit: no run.
     */
    public Optional<RetrainRun> run(Instant night) {
        Instant started = clock.instant();
        LocalDate lastDay = null;
        try {
            Optional<LocalDate> newest = ProductDays.newestDay(store);
            if (newest.isEmpty()) {
                return Optional.empty();
            }
            lastDay = lastDay(night, newest.get());
            RefitNight result = refit(lastDay);
            int version = register(result);
            write(result);
            return Optional.of(run(result, version, started));
        } catch (RuntimeException e) {
            LOG.warn("the nightly demand refit failed; the forecasts stay as they were", e);
            return Optional.of(RetrainRun.failed(KIND, started, clock.instant(), endOf(lastDay), e));
        }
    }

    /**
     * The night's arithmetic alone, nothing written: what a backtest judges. Empty for a store without product
     * days.
     */
    public Optional<RefitNight> refit(Instant night) {
        return ProductDays.newestDay(store).map(newest -> refit(lastDay(night, newest)));
    }

    private RefitNight refit(LocalDate lastDay) {
        progress.now("demand forest: reading the product days to " + lastDay);
        DailyDemand demand = DailyDemand.of(ProductDays.read(store, lastDay), lastDay);
        progress.now(String.format(
                Locale.ROOT,
                "demand forest: fitting over %,d products' days",
                demand.products().size()));
        return new DemandRefit(settings).run(demand);
    }

    /** The last day closed on the night of {@code night}, and one the store holds. */
    private static LocalDate lastDay(Instant night, LocalDate newest) {
        return night == null
                ? newest
                : min(LocalDate.ofInstant(night, ZoneOffset.UTC).minusDays(1), newest);
    }

    /** The verdicts after the days: a reader that sees a product chosen nightly finds its days there. */
    private void write(RefitNight result) {
        List<ForecastDay> days = new ArrayList<>();
        result.products().stream().filter(ProductRefit::nightlyServes).forEach(p -> days.addAll(RefitTables.days(p)));
        try (ResultWriter writer = store.openWriter()) {
            writer.write(RefitTables.DEMAND_REFIT_DAYS, days);
            writer.write(RefitTables.DEMAND_REFITS, result.products());
        }
    }

    /** The forest as the kind's new serving version; the one before it no longer serves. */
    private int register(RefitNight result) {
        Optional<ModelVersionRow> serving = registry.serving(KIND);
        int version = registry.nextVersion(KIND);
        List<ModelVersionRow> rows = new ArrayList<>();
        rows.add(new ModelVersionRow(
                KIND,
                version,
                null,
                endOf(result.lastDay()),
                clock.instant(),
                result.forest().trainingRows(),
                true,
                metrics(result),
                provenance(result),
                result.forest().toBytes(),
                true,
                true));
        serving.ifPresent(old -> rows.add(old.withServing(false)));
        try (ResultWriter writer = store.openWriter()) {
            writer.writeModelVersions(rows);
        }
        return version;
    }

    /** The held-out errors: the forest's, the streaming forecast's and the chosen ones, and how many each serves. */
    static String metrics(RefitNight result) {
        ObjectNode m = JSON.createObjectNode();
        m.put(
                "holdoutDays",
                result.products().isEmpty() ? 0 : result.products().get(0).holdoutDays());
        m.put("products", result.products().size());
        m.put("servedByForest", result.servedByForest());
        m.put("servedByStreaming", result.servedByStreaming());
        score(m.putObject("forest"), result.nightly());
        score(m.putObject("streaming"), result.streaming());
        score(m.putObject("chosen"), result.chosen());
        return m.toString();
    }

    private static void score(ObjectNode node, DemandScore s) {
        node.put("wape", s.wape());
        node.put("bias", s.bias());
        node.put("mase", s.mase());
        node.put("units", s.actual());
        node.put("series", s.series());
    }

    private String provenance(RefitNight result) {
        ObjectNode p = JSON.createObjectNode();
        p.put("lastDay", result.lastDay().toString());
        p.put("holdoutDays", settings.holdoutDays());
        p.put("forecastDays", settings.forecastDays());
        p.put("trees", settings.forest().trees());
        p.put("maxDepth", settings.forest().maxDepth());
        p.put("featureFraction", settings.forest().featureFraction());
        p.put("minChildWeight", settings.forest().minChildWeight());
        p.put("origins", settings.forest().origins());
        p.put("seed", settings.forest().seed());
        p.put("trainingRows", result.forest().trainingRows());
        try {
            p.set("tribuo", JSON.readTree(result.forest().provenanceJson()));
        } catch (java.io.IOException e) {
            p.put("tribuo", result.forest().provenanceJson());
        }
        return p.toString();
    }

    private RetrainRun run(RefitNight result, int version, Instant started) {
        Instant finished = clock.instant();
        double seconds = RetrainRun.seconds(started, finished);
        String reason = reason(result);
        LOG.info("{} version {}: {}", KIND, version, reason);
        return new RetrainRun(
                KIND,
                started,
                finished,
                endOf(result.lastDay()),
                REFITTED,
                reason,
                version,
                null,
                null,
                null,
                null,
                (long) result.forest().trainingRows(),
                result.forest().trainingRows() / Math.max(seconds, 1e-3),
                seconds);
    }

    /** "3,916 products: the forest serves 1,204, the streaming forecast 2,712; WAPE over the 28 held-out days ...". */
    public static String reason(RefitNight r) {
        int h = r.products().isEmpty() ? 0 : r.products().get(0).holdoutDays();
        return String.format(
                Locale.ROOT,
                "%,d products: the forest serves %,d, the streaming forecast %,d; WAPE over the %d days to %s:"
                        + " forest %.3f, streaming %.3f, chosen %.3f",
                r.products().size(),
                r.servedByForest(),
                r.servedByStreaming(),
                h,
                r.lastDay(),
                r.nightly().wape(),
                r.streaming().wape(),
                r.chosen().wape());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant endOf(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
