package dev.shoplens.models.train;

import dev.shoplens.models.labels.ModelKind;
import java.io.Serializable;
import org.tribuo.Model;

/** A trained model with everything scoring needs besides the Tribuo model itself (scaling, names, id maps). */
public sealed interface ServableModel extends Serializable permits ClassifierModel, ValueModel, SegmentModel {

    ModelKind kind();

    /** The Tribuo model, for provenance and serialization. */
    Model<?> tribuoModel();
}
