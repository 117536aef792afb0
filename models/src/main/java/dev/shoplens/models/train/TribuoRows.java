package dev.shoplens.models.train;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.tribuo.MutableDataset;
import org.tribuo.Output;
import org.tribuo.OutputFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Scaled feature rows as a Tribuo dataset, for the logistic, value and segment trainers. Tribuo keeps each example's
 * features sorted by name; the names are put in that order once here, and each row comes already sorted (the model
 * is the same: Tribuo numbers features by name either way).
 */
final class TribuoRows {

    private TribuoRows() {}

    /**
     * @param names the features' names, in the order of each row's values
     * @param rows one row of scaled values per example
     * @param output the output (label or target) of the example at each row index
     */
    static <T extends Output<T>> MutableDataset<T> dataset(
            String description,
            Instant trainedAt,
            OutputFactory<T> factory,
            String[] names,
            double[][] rows,
            IntFunction<T> output) {
        MutableDataset<T> data = new MutableDataset<>(
                new SimpleDataSourceProvenance(
                        description, OffsetDateTime.ofInstant(trainedAt, ZoneOffset.UTC), factory),
                factory);
        int[] order = IntStream.range(0, names.length)
                .boxed()
                .sorted(Comparator.comparing(i -> names[i]))
                .mapToInt(Integer::intValue)
                .toArray();
        String[] sortedNames = new String[order.length];
        for (int j = 0; j < order.length; j++) {
            sortedNames[j] = names[order[j]];
        }
        if (new HashSet<>(Arrays.asList(sortedNames)).size() != sortedNames.length) {
            throw new IllegalArgumentException("feature names must be unique: " + Arrays.toString(names));
        }
        for (int r = 0; r < rows.length; r++) {
            double[] values = new double[order.length];
            for (int j = 0; j < order.length; j++) {
                values[j] = rows[r][order[j]];
            }
            data.add(new SortedRow<>(output.apply(r), sortedNames, values));
        }
        return data;
    }

    /**
     * One row as an example, made as {@link ArrayExample} makes one but without sorting its features and checking
     * their names once per row: a full retrain adds 200,000 rows, and that sorting and checking were about a sixth
     * of its time. The names come sorted and were checked to be unique once for all rows; a row with a NaN value
     * is still refused (Tribuo's dataset throws on it, as for any example).
     */
    static final class SortedRow<T extends Output<T>> extends ArrayExample<T> {

        private static final long serialVersionUID = 1L;

        SortedRow(T output, String[] sortedNames, double[] values) {
            super(output, DEFAULT_WEIGHT, 0);
            // Each row has its own copy of the names: ArrayExample's edits (removeFeatures) rewrite them in place.
            featureNames = sortedNames.clone();
            featureValues = values;
            size = values.length;
        }

        @Override
        public boolean validateExample() {
            if (size == 0) {
                return false;
            }
            for (int i = 0; i < size; i++) {
                if (Double.isNaN(featureValues[i])) {
                    return false;
                }
            }
            return true;
        }
    }
}
