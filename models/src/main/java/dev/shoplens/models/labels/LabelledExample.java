package dev.shoplens.models.labels;

import dev.shoplens.features.CustomerFeatures;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A customer's feature snapshot with what the customer then did, once the kind's horizon after the snapshot has
 * passed in event time ({@code maturedAt}). Examples only ever join a snapshot with later events.
 */
public record LabelledExample(ModelKind kind, CustomerFeatures features, Outcome outcome, Instant maturedAt)
        implements Serializable {

    /** The feature snapshots of {@code examples}, in order. */
    public static List<CustomerFeatures> features(List<LabelledExample> examples) {
        return examples.stream().map(LabelledExample::features).toList();
    }

    /** The classifier's label: churned (no order) for churn, bought for purchase. */
    public boolean positive() {
        return switch (kind) {
            case CHURN -> outcome.orders() == 0;
            case PURCHASE -> outcome.orders() > 0;
            case VALUE, SEGMENTS -> throw new IllegalStateException(kind + " has no yes/no label");
        };
    }
}
