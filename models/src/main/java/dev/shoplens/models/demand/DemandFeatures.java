package dev.shoplens.models.demand;

/**
 * What the global demand model knows of a product at a forecast's origin (the last day known), for one weekday of
 * the weeks ahead. Every level is divided by the product's own scale (its mean demand over the last
 * {@value #SCALE_DAYS} days), so one model serves products that sell two a week and two hundred a day; the scale
 * itself is a feature on a log scale, and the target is the weekday's mean demand over the next four weeks over the
 * same scale. The shop's total gives the recent movement of the whole shop (a ramp before Christmas).
 */
public final class DemandFeatures {

    static final int SCALE_DAYS = 56;

    static final String[] NAMES = {
        "mean_7_days",
        "mean_28_days",
        "mean_91_days",
        "same_weekday_4_weeks",
        "same_weekday_12_weeks",
        "zero_share_28_days",
        "zero_share_91_days",
        "days_since_sale",
        "age",
        "max_28_days",
        "weekly_trend_8_weeks",
        "log_scale",
        "weekday",
        "shop_mean_7_over_28",
        "shop_mean_28_over_91",
        "shop_same_weekday_over_28"
    };

    private DemandFeatures() {}

    /** Product {@code p}'s mean demand over the {@value #SCALE_DAYS} days up to {@code t}; 0 if it sold none. */
    static double scale(DailyDemand d, int p, int t) {
        return mean(d, p, t, SCALE_DAYS);
    }

    /** The features of product {@code p} at origin {@code t} for the days ahead that fall on {@code weekday}. */
    static double[] of(DailyDemand d, int p, int t, int weekday) {
        double[] features = exact(d, p, t, weekday);
        for (int i = 0; i < features.length; i++) {
            features[i] = binned(features[i]);
        }
        return features;
    }

    /**
     * A feature on a grid of {@value #STEPS} steps per unit, at most {@value #CAP}: the trees' split search keeps a
     * list per distinct value of a feature, and with every value distinct a fit took minutes for a few thousand
     * products; no split between two values closer than the step is worth making on daily demand.
     */
    static double binned(double value) {
        return Math.round(Math.min(value, CAP) * STEPS) / (double) STEPS;
    }

    static final int STEPS = 16;
    static final double CAP = 8;

    private static double[] exact(DailyDemand d, int p, int t, int weekday) {
        double s = scale(d, p, t);
        double shop28 = Math.max(shopMean(d, t, 28), 1e-9);
        return new double[] {
            mean(d, p, t, 7) / s,
            mean(d, p, t, 28) / s,
            mean(d, p, t, 91) / s,
            sameWeekday(d, p, t, weekday, 4) / s,
            sameWeekday(d, p, t, weekday, 12) / s,
            zeroShare(d, p, t, 28),
            zeroShare(d, p, t, 91),
            Math.min(daysSinceSale(d, p, t), 91) / 91.0,
            Math.min(t - d.firstSale(p) + 1, 364) / 364.0,
            max(d, p, t, 28) / s,
            weeklyTrend(d, p, t) / s,
            Math.log1p(s),
            weekday,
            shopMean(d, t, 7) / shop28,
            shop28 / Math.max(shopMean(d, t, 91), 1e-9),
            shopSameWeekday(d, t, weekday) / shop28
        };
    }

    /** The target: mean demand on {@code weekday} over the {@code weeks} weeks after {@code t}, over the scale. */
    static double target(DailyDemand d, int p, int t, int weekday, int weeks) {
        double sum = 0;
        int n = 0;
        for (int h = 1; h <= weeks * 7; h++) {
            if (d.weekday(t + h) == weekday) {
                sum += d.units(p, t + h);
                n++;
            }
        }
        return sum / n / scale(d, p, t);
    }

    /** Mean over the last {@code days} days up to {@code t}, counting only days since the first sale. */
    private static double mean(DailyDemand d, int p, int t, int days) {
        int from = Math.max(t - days + 1, d.firstSale(p));
        double sum = 0;
        for (int i = from; i <= t; i++) {
            sum += d.units(p, i);
        }
        return from > t ? 0 : sum / (t - from + 1);
    }

    private static double max(DailyDemand d, int p, int t, int days) {
        double max = 0;
        for (int i = Math.max(t - days + 1, 0); i <= t; i++) {
            max = Math.max(max, d.units(p, i));
        }
        return max;
    }

    private static double zeroShare(DailyDemand d, int p, int t, int days) {
        int from = Math.max(t - days + 1, d.firstSale(p));
        int zeros = 0;
        for (int i = from; i <= t; i++) {
            zeros += d.units(p, i) == 0 ? 1 : 0;
        }
        return from > t ? 1 : zeros / (double) (t - from + 1);
    }

    private static int daysSinceSale(DailyDemand d, int p, int t) {
        for (int i = t; i >= d.firstSale(p); i--) {
            if (d.units(p, i) > 0) {
                return t - i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static double sameWeekday(DailyDemand d, int p, int t, int weekday, int weeks) {
        double sum = 0;
        int n = 0;
        for (int i = t; i > t - weeks * 7 && i >= d.firstSale(p); i--) {
            if (d.weekday(i) == weekday) {
                sum += d.units(p, i);
                n++;
            }
        }
        return n == 0 ? mean(d, p, t, weeks * 7) : sum / n;
    }

    /** Least-squares slope of the last eight weekly means, per week. */
    private static double weeklyTrend(DailyDemand d, int p, int t) {
        int weeks = Math.min(8, (t - d.firstSale(p) + 1) / 7);
        if (weeks < 2) {
            return 0;
        }
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int w = 0; w < weeks; w++) {
            double y = 0;
            for (int i = 0; i < 7; i++) {
                y += d.units(p, t - (weeks - 1 - w) * 7 - i) / 7;
            }
            sx += w;
            sy += y;
            sxx += w * w;
            sxy += w * y;
        }
        return (weeks * sxy - sx * sy) / (weeks * sxx - sx * sx);
    }

    private static double shopMean(DailyDemand d, int t, int days) {
        double sum = 0;
        int n = 0;
        for (int i = Math.max(t - days + 1, 0); i <= t; i++) {
            sum += d.shop(i);
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    private static double shopSameWeekday(DailyDemand d, int t, int weekday) {
        double sum = 0;
        int n = 0;
        for (int i = t; i > t - 28 && i >= 0; i--) {
            if (d.weekday(i) == weekday) {
                sum += d.shop(i);
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }
}
