package dev.shoplens.retrain.sequences;

import dev.shoplens.models.labels.ModelKind;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every customer's history as the store holds it, up to {@code newestEvent}, and the examples one night's retrain
 * cuts from it.
 */
public record StoredShop(List<StoredCustomer> customers, Instant newestEvent) {

    /** The labelled examples at each cut-off, every customer known before it. */
    public List<SequenceExample> labelled(List<Instant> cutOffs, SequenceBuilder builder) {
        return labelled(cutOffs, builder, Integer.MAX_VALUE, 0);
    }

    /**
     * The labelled examples at each cut-off, every customer known before it, or where there are more than {@code max}
     * a sample of exactly {@code max} of them: those whose customer and cut-off hash (with {@code seed}) lowest. The
     * same data and seed give the same sample; it spreads over customers and cut-offs alike, so the validation
     * split by customer keeps its share; and only the sampled sequences are built, so a big shop's night neither
     * holds nor trains on all of them.
     */
    public List<SequenceExample> labelled(List<Instant> cutOffs, SequenceBuilder builder, int max, long seed) {
        long[] hashes = candidateHashes(cutOffs, seed);
        Sample sample = Sample.of(hashes, max);
        List<SequenceExample> examples = new ArrayList<>(Math.min(hashes.length, max));
        int i = 0;
        for (Instant cutOff : cutOffs) {
            for (StoredCustomer customer : customers) {
                if (customer.knownBefore(cutOff) && sample.keeps(hashes[i++])) {
                    examples.add(builder.example(customer, cutOff, knownUntil()));
                }
            }
        }
        return examples;
    }

    /** How many labelled examples the cut-offs have before any sampling: one per customer known before each. */
    public int labelledCount(List<Instant> cutOffs) {
        int count = 0;
        for (Instant cutOff : cutOffs) {
            for (StoredCustomer customer : customers) {
                count += customer.knownBefore(cutOff) ? 1 : 0;
            }
        }
        return count;
    }

    private long[] candidateHashes(List<Instant> cutOffs, long seed) {
        long[] hashes = new long[labelledCount(cutOffs)];
        int i = 0;
        for (Instant cutOff : cutOffs) {
            for (StoredCustomer customer : customers) {
                if (customer.knownBefore(cutOff)) {
                    hashes[i++] = mix(mix(seed ^ customer.customerId().hashCode()) ^ cutOff.getEpochSecond());
                }
            }
        }
        return hashes;
    }

    /** SplitMix64's finaliser: nearby inputs (ids, weekly cut-offs) give unrelated outputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Keeps the {@code max} lowest of a set of hashes, taken in any order; ties at the limit in the order met. */
    private static final class Sample {

        private final long limit;
        private int tiesLeft;

        private Sample(long limit, int tiesLeft) {
            this.limit = limit;
            this.tiesLeft = tiesLeft;
        }

        static Sample of(long[] hashes, int max) {
            if (hashes.length <= max) {
                return new Sample(Long.MAX_VALUE, Integer.MAX_VALUE);
            }
            long[] sorted = hashes.clone();
            Arrays.sort(sorted);
            long limit = sorted[max - 1];
            int ties = 0;
            for (int k = max - 1; k >= 0 && sorted[k] == limit; k--) {
                ties++;
            }
            return new Sample(limit, ties);
        }

        boolean keeps(long hash) {
            if (hash < limit) {
                return true;
            }
            if (hash == limit && tiesLeft > 0) {
                tiesLeft--;
                return true;
            }
            return false;
        }
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
