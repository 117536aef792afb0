package dev.shoplens.models.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoplens.features.CustomerFeature;
import dev.shoplens.models.features.FeatureScaler;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.models.train.ClassifierModel;
import dev.shoplens.models.train.SegmentModel;
import dev.shoplens.models.train.ServableModel;
import dev.shoplens.models.train.ValueModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.tribuo.Model;
import org.tribuo.clustering.kmeans.KMeansModel;
import org.tribuo.protos.core.ModelProto;

/**
 * The bytes a model version is stored as: a header, the ShopLens side as JSON (kind, the frozen scaling, target
 * scales, segment ids and names) and the Tribuo model as its protobuf. Protobuf rather than Java serialization, so
 * a model saved by one release loads in the next (Tribuo keeps its protobuf formats readable across versions).
 */
public final class ModelCodec {

    static final String MAGIC = "shoplens-model";
    static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelCodec() {}

    public static byte[] write(ServableModel model) {
        ObjectNode meta = JSON.createObjectNode();
        meta.put("kind", model.kind().registryName());
        FeatureScaler scaler = scaler(model);
        ArrayNode features = meta.putArray("features");
        scaler.features().forEach(f -> features.add(f.column()));
        doubles(meta.putArray("means"), scaler.means());
        doubles(meta.putArray("deviations"), scaler.deviations());
        if (model instanceof ValueModel v) {
            doubles(meta.putArray("targetScale"), v.targetScale());
            meta.put("horizonDays", v.horizonDays());
        } else if (model instanceof SegmentModel s) {
            ArrayNode ids = meta.putArray("ids");
            for (int id : s.ids()) {
                ids.add(id);
            }
            ArrayNode names = meta.putArray("names");
            s.names().forEach(names::add);
            ArrayNode sizes = meta.putArray("sizes");
            for (long size : s.sizes()) {
                sizes.add(size);
            }
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(JSON.writeValueAsString(meta));
            byte[] tribuo = model.tribuoModel().serialize().toByteArray();
            out.writeInt(tribuo.length);
            out.write(tribuo);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ServableModel read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (!MAGIC.equals(in.readUTF())) {
                throw new IllegalArgumentException("not a ShopLens model");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IllegalArgumentException("unknown model format " + format);
            }
            JsonNode meta = JSON.readTree(in.readUTF());
            byte[] tribuo = in.readNBytes(in.readInt());
            Model<?> model = Model.deserialize(ModelProto.parseFrom(tribuo));
            return servable(meta, model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a model", e);
        }
    }

    private static ServableModel servable(JsonNode meta, Model<?> model) {
        List<CustomerFeature> features = new ArrayList<>();
        meta.get("features").forEach(n -> features.add(feature(n.asText())));
        FeatureScaler scaler = new FeatureScaler(features, doubles(meta.get("means")), doubles(meta.get("deviations")));
        ModelKind kind = ModelKind.of(meta.get("kind").asText());
        return switch (kind) {
            case CHURN, PURCHASE -> ClassifierModel.of(
                    kind, scaler, (org.tribuo.classification.sgd.linear.LinearSGDModel) model);
            case VALUE -> ValueModel.of(
                    scaler,
                    (org.tribuo.regression.sgd.linear.LinearSGDModel) model,
                    doubles(meta.get("targetScale")),
                    meta.get("horizonDays").asInt());
            case SEGMENTS -> segments(meta, scaler, (KMeansModel) model);
        };
    }

    private static SegmentModel segments(JsonNode meta, FeatureScaler scaler, KMeansModel model) {
        int[] ids = new int[meta.get("ids").size()];
        long[] sizes = new long[ids.length];
        List<String> names = new ArrayList<>();
        for (int k = 0; k < ids.length; k++) {
            ids[k] = meta.get("ids").get(k).asInt();
            sizes[k] = meta.get("sizes").get(k).asLong();
            names.add(meta.get("names").get(k).asText());
        }
        return new SegmentModel(
                scaler, model, SegmentModel.centroidsOf(model, List.of(scaler.names())), ids, names, sizes);
    }

    private static FeatureScaler scaler(ServableModel model) {
        if (model instanceof ClassifierModel c) {
            return c.scaler();
        }
        if (model instanceof ValueModel v) {
            return v.scaler();
        }
        return ((SegmentModel) model).scaler();
    }

    private static CustomerFeature feature(String column) {
        for (CustomerFeature f : CustomerFeature.values()) {
            if (f.column().equals(column)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown feature " + column);
    }

    private static void doubles(ArrayNode array, double[] values) {
        for (double v : values) {
            array.add(v);
        }
    }

    private static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }
}
