package dev.shoplens.models.train;

import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.tribuo.Dataset;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Output;
import org.tribuo.VariableIDInfo;
import org.tribuo.VariableInfo;
import org.tribuo.common.sgd.AbstractLinearSGDModel;
import org.tribuo.math.LinearParameters;
import org.tribuo.math.la.DenseMatrix;

/**
 * An earlier linear model's weights, to start Tribuo's SGD trainers from (they cannot start from anything but zeros):
 * copied into new parameters by feature and output name, never by column position (two datasets number their
 * features independently). Features or outputs the earlier model lacks stay at zero; the bias is the column after
 * the last feature in both. A trainer calls {@link #remember} with its dataset before training, since Tribuo's
 * {@code createParameters} hands over only sizes, and {@link #applyTo} from {@code createParameters}.
 */
final class WarmStartWeights<T extends Output<T>> {

    private final AbstractLinearSGDModel<T> start;
    private final Function<T, String> name;
    private ImmutableFeatureMap features;
    private ImmutableOutputInfo<T> outputs;

    /**
     * @param start the earlier model
     * @param name an output's name (a label, a regression dimension)
     */
    WarmStartWeights(AbstractLinearSGDModel<T> start, Function<T, String> name) {
        this.start = start;
        this.name = name;
    }

    /** The names behind the sizes {@code createParameters} will get: the dataset's, as the trainer builds them. */
    void remember(Dataset<T> data) {
        features = data.getFeatureIDMap();
        outputs = data.getOutputIDInfo();
    }

    /** {@code parameters} with the earlier model's weights copied in. */
    LinearParameters applyTo(LinearParameters parameters) {
        DenseMatrix into = parameters.getWeightMatrix();
        DenseMatrix previous = start.getWeightsCopy();
        ImmutableFeatureMap previousFeatures = start.getFeatureIDMap();
        Map<String, Integer> previousRows = new HashMap<>();
        for (Pair<Integer, T> output : start.getOutputIDInfo()) {
            previousRows.put(name.apply(output.getB()), output.getA());
        }
        for (Pair<Integer, T> output : outputs) {
            Integer previousRow = previousRows.get(name.apply(output.getB()));
            if (previousRow == null) {
                continue;
            }
            for (VariableInfo info : features) {
                int previousColumn = previousFeatures.getID(info.getName());
                if (previousColumn >= 0) {
                    into.set(output.getA(), ((VariableIDInfo) info).getID(), previous.get(previousRow, previousColumn));
                }
            }
            into.set(output.getA(), features.size(), previous.get(previousRow, previousFeatures.size()));
        }
        return parameters;
    }

    String startName() {
        return start.getName();
    }
}
