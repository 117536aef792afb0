package dev.shoplens.retrain.sequences;

import dev.shoplens.models.labels.ModelKind;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Every customer's history as the store holds it, up to {@code newestEvent}, and the examples one night's retrain
 * cuts from it.
 */
public record StoredShop(List<StoredCustomer> customers, Instant newestEvent) {

    /** The labelled examples at each cut-off, every customer known before it. */
    public List<SequenceExample> labelled(List<Instant> cutOffs, SequenceBuilder builder) {
        List<SequenceExample> examples = new ArrayList<>();
        for (Instant cutOff : cutOffs) {
            examples.addAll(at(cutOff, builder));
        }
        return examples;
    }

    /** One example per customer known before {@code cutOff}; labels that have not matured are null. */
    public List<SequenceExample> at(Instant cutOff, SequenceBuilder builder) {
        List<SequenceExample> examples = new ArrayList<>();
        for (StoredCustomer customer : customers) {
            if (customer.knownBefore(cutOff)) {
                examples.add(builder.example(customer, cutOff, knownUntil()));
            }
        }
        return examples;
    }

    /** The end of the last whole day the store holds: labels mature only on whole days. */
    public Instant knownUntil() {
        return newestEvent.truncatedTo(ChronoUnit.DAYS);
    }

    /** Whether the example's label for {@code kind} is positive; null while it has not matured. */
    public static Boolean label(SequenceExample example, ModelKind kind) {
        return switch (kind) {
            case PURCHASE -> example.purchase();
            case CHURN -> example.churn();
            default -> throw new IllegalArgumentException("no sequence label for " + kind);
        };
    }
}
