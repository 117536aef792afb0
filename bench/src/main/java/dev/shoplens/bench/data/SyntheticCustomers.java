package dev.shoplens.bench.data;

import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.models.labels.LabelledExample;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.labels.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Made-up customers in any number, seeded: skewed counts and money as a shop has them, some never ordering, and
 * outcomes drawn from a known rule with noise (long silence and few visits mean churn), so that a model has
 * something real but imperfect to learn. Generating the shop's history for 200,000 customers would take longer than
 * the whole benchmark.
 */
public final class SyntheticCustomers {

    /** The snapshot time of every made-up customer. */
    public static final Instant AS_OF = Instant.parse("2026-03-02T00:00:00Z");

    private SyntheticCustomers() {}

    public static List<CustomerFeatures> features(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<CustomerFeatures> customers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            customers.add(customer("c" + i, random));
        }
        return customers;
    }

    /** {@code count} churn or purchase examples (the label follows the same rule, read the other way round). */
    public static List<LabelledExample> examples(ModelKind kind, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<LabelledExample> examples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            CustomerFeatures c = customer("c" + i, random);
            double silence = c.daysSinceLastOrder() == null ? c.tenureDays() : c.daysSinceLastOrder();
            double churnLogOdds = (silence - 40) / 15 - c.sessions30d() * 0.3 + random.nextGaussian() * 0.8;
            int orders = churnLogOdds > 0 ? 0 : 1 + random.nextInt(3);
            examples.add(new LabelledExample(
                    kind,
                    c,
                    new Outcome(orders, orders * 35.0, orders == 0 ? null : 5.0),
                    AS_OF.plus(Duration.ofDays(30))));
        }
        return examples;
    }

    private static CustomerFeatures customer(String id, SplittableRandom random) {
        double tenure = 1 + random.nextDouble(0, 700);
        int orders = random.nextDouble() < 0.3 ? 0 : 1 + (int) Math.floor(-Math.log(1 - random.nextDouble()) * 4);
        double silence = orders == 0 ? tenure : Math.min(tenure, random.nextDouble(0, 150));
        int orders90 = Math.min(orders, silence > 90 ? 0 : 1 + random.nextInt(3));
        int orders30 = Math.min(orders90, silence > 30 ? 0 : 1);
        int orders7 = Math.min(orders30, silence > 7 ? 0 : 1);
        double orderValue = 10 + Math.exp(random.nextGaussian() * 0.6 + 3.3);
        int sessions = random.nextInt(0, 15);
        int views = random.nextInt(0, 40);
        int carts = views / 4;
        int abandoned = random.nextInt(0, carts + 1);
        return new CustomerFeatures(
                id,
                AS_OF,
                AS_OF.minus(Duration.ofMinutes(Math.round(tenure * 1440))),
                orders == 0 ? null : AS_OF.minus(Duration.ofMinutes(Math.round(silence * 1440))),
                orders == 0 ? null : silence,
                orders7,
                orders30,
                orders90,
                orders7 * orderValue,
                orders30 * orderValue,
                orders90 * orderValue,
                orders,
                orders * orderValue,
                orders == 0 ? null : orderValue,
                views,
                carts,
                abandoned,
                carts == 0 ? null : abandoned / (double) carts,
                sessions,
                tenure,
                orders < 2 ? null : tenure / orders,
                orders == 0 ? null : random.nextDouble(0, 0.3),
                1 + random.nextInt(6));
    }
}
