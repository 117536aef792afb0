package dev.shoplens.models.registry;

import com.oracle.labs.mlrg.olcut.config.json.JsonProvenanceSerialization;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import org.tribuo.Model;

/** A model's Tribuo provenance (trainer and its settings, data counts, Tribuo and Java versions) as JSON. */
public final class Provenances {

    private Provenances() {}

    public static String json(Model<?> model) {
        return new JsonProvenanceSerialization(false)
                .serializeToString(ProvenanceUtil.marshalProvenance(model.getProvenance()));
    }
}
