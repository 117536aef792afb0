package dev.shoplens.models.segments;

import dev.shoplens.features.CustomerFeature;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names a segment from its profile: the centroid's most distinctive traits (largest scaled distance from the
 * average customer), each in a word or two, e.g. "lapsed, one-off" or "frequent, high spend". Names are unique
 * within one segmentation: a name already taken gets the next trait. Names are stored in English; {@link
 * SegmentNames} reads them in other languages, so every trait here has a key in the models' word tables.
 */
public final class SegmentNamer {

    /** What a high and a low value of each segment feature mean. */
    static final Map<CustomerFeature, String[]> TRAITS = Map.of(
            CustomerFeature.DAYS_SINCE_LAST_ORDER, new String[] {"lapsed", "recent buyers"},
            CustomerFeature.TOTAL_ORDERS, new String[] {"frequent", "one-off"},
            CustomerFeature.REVENUE_90D, new String[] {"high spend", "low spend"},
            CustomerFeature.AVG_ORDER_VALUE, new String[] {"big baskets", "small baskets"},
            CustomerFeature.SESSIONS_30D, new String[] {"busy browsers", "quiet"},
            CustomerFeature.TENURE_DAYS, new String[] {"long-standing", "new"},
            CustomerFeature.CART_ABANDONMENT_RATE_30D, new String[] {"cart abandoners", "decisive"});

    private SegmentNamer() {}

    /** One name per centroid; {@code centroids[k][i]} is the scaled value of {@code features.get(i)}. */
    public static List<String> names(List<CustomerFeature> features, double[][] centroids) {
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (double[] centroid : centroids) {
            List<String> traits = traits(features, centroid);
            String name = String.join(SegmentNames.SEPARATOR, traits.subList(0, Math.min(2, traits.size())));
            for (int extra = 2; taken.contains(name) && extra < traits.size(); extra++) {
                name = name + SegmentNames.SEPARATOR + traits.get(extra);
            }
            if (taken.contains(name)) {
                name = name + " " + (names.size() + 1);
            }
            taken.add(name);
            names.add(name);
        }
        return names;
    }

    private static List<String> traits(List<CustomerFeature> features, double[] centroid) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            if (TRAITS.containsKey(features.get(i))) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -Math.abs(centroid[i])));
        List<String> traits = new ArrayList<>();
        for (int i : order) {
            traits.add(TRAITS.get(features.get(i))[centroid[i] >= 0 ? 0 : 1]);
        }
        return traits;
    }
}
