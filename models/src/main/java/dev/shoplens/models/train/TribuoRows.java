package dev.shoplens.models.train;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.tribuo.MutableDataset;
import org.tribuo.Output;
import org.tribuo.OutputFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Scaled feature rows as a Tribuo dataset, for the logistic, value and segment trainers. Tribuo keeps each example's
 * features sorted by name and sorts every example it is given; the names are put in that order once here, so that
 * each example comes already sorted (the model is the same: Tribuo numbers features by name either way).
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
        for (int r = 0; r < rows.length; r++) {
            double[] values = new double[order.length];
            for (int j = 0; j < order.length; j++) {
                values[j] = rows[r][order[j]];
            }
            data.add(new ArrayExample<>(output.apply(r), sortedNames, values));
        }
        return data;
    }
}
