package dev.shoplens.models;

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
 * Named instants and made-up customers for the model tests: a population where long silence and few visits mean
 * churn, with noise, so that a model has something real to learn and cannot be perfect.
 */
public final class Examples {

    public static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

    private Examples() {}

    public static CustomerFeatures customer(
            String id, double daysSinceOrder, int orders, int sessions30d, int views7d) {
        return new CustomerFeatures(
                id,
                T0,
                T0.minus(Duration.ofDays(200)),
                orders == 0 ? null : T0.minus(Duration.ofMinutes(Math.round(daysSinceOrder * 1440))),
                orders == 0 ? null : daysSinceOrder,
                0,
                Math.min(orders, 1),
                Math.min(orders, 2),
                0,
                orders > 0 ? 20.0 : 0,
                orders > 0 ? 40.0 : 0,
                orders,
                orders * 30.0,
                orders == 0 ? null : 30.0,
                views7d,
                views7d / 3,
                1,
                0.5,
                sessions30d,
                200,
                orders < 2 ? null : 25.0,
                0.1,
                3);
    }

    /** {@code n} churn examples; {@code shift} moves the true boundary (drift). */
    public static List<LabelledExample> churnExamples(int n, long seed, double shift) {
        SplittableRandom random = new SplittableRandom(seed);
        List<LabelledExample> examples = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double days = random.nextDouble(0, 120);
            int sessions = random.nextInt(0, 12);
            int orders = 1 + random.nextInt(0, 10);
            double logOdds = (days - 40 - shift) / 15 - sessions * 0.3 + random.nextGaussian() * 0.8;
            boolean churned = logOdds > 0;
            CustomerFeatures f = customer("c" + i, days, orders, sessions, random.nextInt(0, 20));
            examples.add(new LabelledExample(
                    ModelKind.CHURN,
                    f,
                    new Outcome(churned ? 0 : 1, churned ? 0 : 30, churned ? null : 3.0),
                    T0.plus(Duration.ofMinutes(i))));
        }
        return examples;
    }
}
