package dev.shoplens.dashboard.recommendations;

import dev.shoplens.models.recommend.PurchaseLog;
import dev.shoplens.models.recommend.Recommendation;
import dev.shoplens.models.recommend.Recommender;
import dev.shoplens.models.recommend.RecommenderSettings;
import dev.shoplens.store.read.PurchasedLine;
import dev.shoplens.store.read.PurchasesVersion;
import dev.shoplens.store.read.ShopReader;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The recommender the backtest measures ({@link Recommender}), fitted on the stored purchases and kept for every
 * session of the dashboard. Fitting reads a year of purchases and learns from all of them, which takes a moment on a
 * big shop, so the fit is kept until purchases change (a new order's lines stored, or an erasure), and then made again
 * at most every {@link #REFIT}: a purchase changes the next lists within that and the job's freshness. An erasure
 * refits at once, so that the erased customer's purchases stop shaping anyone's list.
 */
@Component
public final class KeptRecommender {

    /** How far back purchases are learnt from, counted from the newest: a year's seasons. */
    static final int DAYS = 365;

    /** The least time between two fits while purchases keep coming. */
    static final Duration REFIT = Duration.ofSeconds(30);

    private final ShopReader reader;
    private final InstantSource clock;
    private final RecommenderSettings settings = RecommenderSettings.defaults();
    private Fit fit;

    private record Fit(PurchasesVersion version, Instant at, Recommender recommender) {}

    @Autowired
    public KeptRecommender(ShopReader reader) {
        this(reader, InstantSource.system());
    }

    KeptRecommender(ShopReader reader, InstantSource clock) {
        this.reader = reader;
        this.clock = clock;
    }

    /** The customer's list, best first (a customer without purchases gets the shop's popular products). */
    public List<Recommendation> recommend(String customerId) {
        return current().recommend(customerId);
    }

    /**
     * The fit as of now, for many lists at once (an audience's export): asking whether purchases changed is a read of
     * the store, which took longer than a list.
     */
    public synchronized Recommender current() {
        PurchasesVersion version = reader.purchases().version();
        Instant now = clock.instant();
        if (fit == null || mustRefit(fit, version, now)) {
            fit = new Fit(version, now, fit(reader.purchases().lines(DAYS)));
        }
        return fit.recommender();
    }

    private static boolean mustRefit(Fit fit, PurchasesVersion version, Instant now) {
        if (version.equals(fit.version())) {
            return false;
        }
        return version.forgetsCustomersOf(fit.version())
                || !now.isBefore(fit.at().plus(REFIT));
    }

    /** Learns from every line read (the cut-off is just after the newest). */
    private Recommender fit(List<PurchasedLine> lines) {
        PurchaseLog log = new PurchaseLog();
        long newest = Long.MIN_VALUE;
        for (PurchasedLine line : lines) {
            long time = line.time().toEpochMilli();
            log.add(line.customerId(), line.orderId(), line.productId(), time);
            newest = Math.max(newest, time);
        }
        long cutoff = lines.isEmpty() ? clock.millis() : newest + 1;
        return Recommender.fit(log, cutoff, settings);
    }
}
