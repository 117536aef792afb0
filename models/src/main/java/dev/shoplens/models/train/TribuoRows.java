package dev.shoplens.models.train;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.tribuo.CategoricalInfo;
import org.tribuo.MutableDataset;
import org.tribuo.Output;
import org.tribuo.OutputFactory;
import org.tribuo.RealInfo;
import org.tribuo.VariableInfo;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseVector;
import org.tribuo.math.la.SGDVector;
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
    static <T extends Output<T>> ScaledRows<T> dataset(
            String description,
            Instant trainedAt,
            OutputFactory<T> factory,
            String[] names,
            double[][] rows,
            IntFunction<T> output) {
        return new ScaledRows<>(description, trainedAt, factory, names, rows, output);
    }

    /**
     * A dataset of scaled rows, made without Tribuo's work per example that such rows do not need: no sorting and
     * checking of each row's names (sorted, and checked to be unique, once for all), the features' statistics
     * gathered a column at a time (as Tribuo keeps them: see {@link Columns}), and each row also kept as the vector SGD steps on ({@link #vectors}), so that our
     * SGD trainers need not look every feature's id up by name again at every fit (see {@link RowsSgd}). A full
     * retrain adds 200,000 rows; that work was over a third of its time. It is still a whole Tribuo dataset that
     * any trainer can read (the k-means trainer does).
     */
    static final class ScaledRows<T extends Output<T>> extends MutableDataset<T> {

        private static final long serialVersionUID = 1L;

        // Each row's values in the features' id order (their names' order), then 1 for the bias.
        private final transient SGDVector[] vectors;

        private ScaledRows(
                String description,
                Instant trainedAt,
                OutputFactory<T> factory,
                String[] names,
                double[][] rows,
                IntFunction<T> output) {
            super(
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
            vectors = new SGDVector[rows.length];
            double[][] sortedRows = new double[rows.length][];
            for (int r = 0; r < rows.length; r++) {
                double[] values = new double[order.length + 1];
                for (int j = 0; j < order.length; j++) {
                    values[j] = rows[r][order[j]];
                }
                values[order.length] = 1;
                sortedRows[r] = values;
                SortedRow<T> row = new SortedRow<>(output.apply(r), sortedNames, values, order.length);
                if (!row.validateExample()) {
                    // Tribuo's own words for a row it would refuse.
                    throw new IllegalArgumentException(
                            "Example had duplicate features, invalid features or no features.");
                }
                data.add(row);
                outputMap.observe(row.getOutput());
                vectors[r] = DenseVector.createDenseVector(values);
            }
            for (int j = 0; j < order.length; j++) {
                featureMap.put(Columns.describe(sortedNames[j], sortedRows, j));
            }
            dense = true;
        }

        /** The rows as SGD's vectors, in the rows' order; a new array each call (SGD shuffles it in place). */
        SGDVector[] vectors() {
            return vectors.clone();
        }
    }

    /**
     * A feature's statistics as Tribuo's feature map keeps them, gathered a column at a time: categorical while the
     * column has at most {@value CategoricalInfo#THRESHOLD} distinct values, else real-valued (Tribuo's map starts
     * every feature categorical and turns it real-valued past that many).
     */
    private static final class Columns {

        private Columns() {}

        static VariableInfo describe(String name, double[][] rows, int j) {
            Set<Double> distinct = new HashSet<>();
            for (int r = 0; r < rows.length && distinct.size() <= CategoricalInfo.THRESHOLD; r++) {
                distinct.add(rows[r][j]);
            }
            if (distinct.size() <= CategoricalInfo.THRESHOLD) {
                Categorical column = new Categorical(name);
                for (double[] row : rows) {
                    column.see(row[j]);
                }
                return column;
            }
            Real column = new Real(name);
            for (double[] row : rows) {
                column.see(row[j]);
            }
            return column;
        }

        private static final class Categorical extends CategoricalInfo {

            private static final long serialVersionUID = 1L;

            Categorical(String name) {
                super(name);
            }

            void see(double value) {
                observe(value);
            }
        }

        private static final class Real extends RealInfo {

            private static final long serialVersionUID = 1L;

            Real(String name) {
                super(name);
            }

            void see(double value) {
                observe(value);
            }
        }
    }

    /**
     * One row as an example, made as {@link ArrayExample} makes one but without sorting its features and checking
     * their names: the names come sorted and were checked to be unique once for all rows. A row with a NaN value is
     * still refused.
     */
    static final class SortedRow<T extends Output<T>> extends ArrayExample<T> {

        private static final long serialVersionUID = 1L;

        /** The first {@code size} of {@code values} are the features' values (the array may hold more after them). */
        SortedRow(T output, String[] sortedNames, double[] values, int size) {
            super(output, DEFAULT_WEIGHT, 0);
            // Each row has its own copy of the names: ArrayExample's edits (removeFeatures) rewrite them in place.
            featureNames = sortedNames.clone();
            featureValues = Arrays.copyOf(values, size);
            this.size = size;
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
