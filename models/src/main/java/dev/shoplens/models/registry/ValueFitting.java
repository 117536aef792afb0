package dev.shoplens.models.registry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoplens.models.labels.LabelledExample;
import dev.shoplens.models.metrics.ValueMetrics;
import dev.shoplens.models.train.ServableModel;
import dev.shoplens.models.train.TrainingSettings;
import dev.shoplens.models.train.ValueModel;
import dev.shoplens.models.train.ValueTrainer;
import java.time.Instant;
import java.util.List;

/**
 * Customer value: warm-started or refitted in full as the schedule says (as the classifiers are), judged by the mean
 * absolute error of expected orders. A
 * candidate is promoted unless its error is more than {@code maeMargin} (a share, 0.02 = 2%) above the serving
 * version's; the first version must beat "the next 90 days repeat the last 90".
 */
public record ValueFitting(TrainingSettings settings, int horizonDays, double maeMargin) implements Fitting {

    @Override
    public ServableModel full(List<LabelledExample> window, Instant trainedAt) {
        return new ValueTrainer(settings, horizonDays).fit(window, trainedAt);
    }

    @Override
    public ServableModel warm(ServableModel base, List<LabelledExample> batch, Instant trainedAt) {
        return new ValueTrainer(settings, horizonDays).warmStart((ValueModel) base, batch, trainedAt);
    }

    @Override
    public boolean canTrain(List<LabelledExample> examples) {
        return !examples.isEmpty();
    }

    @Override
    public Evaluation evaluate(ServableModel candidate, ServableModel serving, List<LabelledExample> unseen) {
        ValueMetrics metrics = measure((ValueModel) candidate, unseen);
        ObjectNode json = metrics.toJson();
        boolean promote;
        String reason;
        if (serving == null) {
            promote = metrics.ordersMae() <= metrics.baselineOrdersMae();
            reason = promote
                    ? "first version beats repeating the last 90 days"
                    : "does not beat repeating the last 90 days";
        } else {
            ValueMetrics servingMetrics = measure((ValueModel) serving, unseen);
            json.set("serving", servingMetrics.toJson());
            promote = metrics.ordersMae() <= servingMetrics.ordersMae() * (1 + maeMargin);
            reason = promote
                    ? "orders error not worse than the serving version by the margin"
                    : "orders error more than " + maeMargin * 100 + "% above the serving version";
        }
        json.put("decision", reason);
        return new Evaluation(json.toString(), promote);
    }

    public static ValueMetrics measure(ValueModel model, List<LabelledExample> examples) {
        double orders = 0;
        double revenue = 0;
        double baseOrders = 0;
        double baseRevenue = 0;
        for (LabelledExample e : examples) {
            double[] scaled = model.scaler().scale(e.features());
            orders += Math.abs(model.expectedOrders(scaled) - e.outcome().orders());
            revenue += Math.abs(model.expectedRevenue(scaled) - e.outcome().revenue());
            baseOrders += Math.abs(e.features().orders90d() - e.outcome().orders());
            baseRevenue += Math.abs(e.features().revenue90d() - e.outcome().revenue());
        }
        int n = Math.max(1, examples.size());
        return new ValueMetrics(examples.size(), orders / n, revenue / n, baseOrders / n, baseRevenue / n);
    }
}
