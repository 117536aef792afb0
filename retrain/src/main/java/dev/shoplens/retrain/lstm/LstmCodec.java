package dev.shoplens.retrain.lstm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoplens.models.labels.ModelKind;
import dev.shoplens.retrain.sequences.Channel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

/**
 * The bytes an LSTM version is stored as in the registry: a header, the ShopLens side as JSON (kind, days, the
 * channels in input order) and DL4J's own model file (ModelSerializer's zip of configuration, weights and the Adam
 * state, which a warm start continues from). A model reads back with the channels it was trained on, so a version
 * from before a channel was added still scores (on its own channels); a model naming a channel this release does
 * not know is refused rather than fed the wrong inputs.
 */
public final class LstmCodec {

    static final String MAGIC = "shoplens-lstm";
    static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private LstmCodec() {}

    public static byte[] write(LstmModel model) {
        ObjectNode meta = JSON.createObjectNode();
        meta.put("kind", model.kind().registryName());
        meta.put("days", model.days());
        var channels = meta.putArray("channels");
        for (Channel c : model.channels()) {
            channels.add(c.name());
        }
        try {
            ByteArrayOutputStream network = new ByteArrayOutputStream();
            ModelSerializer.writeModel(model.network(), network, true);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(JSON.writeValueAsString(meta));
            out.writeInt(network.size());
            network.writeTo(out);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write an LSTM model", e);
        }
    }

    public static LstmModel read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (!MAGIC.equals(in.readUTF())) {
                throw new IllegalArgumentException("not a ShopLens LSTM model");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IllegalArgumentException("unknown LSTM model format " + format);
            }
            JsonNode meta = JSON.readTree(in.readUTF());
            List<Channel> channels = channels(meta.get("channels"));
            byte[] zip = in.readNBytes(in.readInt());
            MultiLayerNetwork network = ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(zip), true);
            return new LstmModel(
                    ModelKind.of(meta.get("kind").asText()), meta.get("days").asInt(), channels, network);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an LSTM model", e);
        }
    }

    private static List<Channel> channels(JsonNode stored) {
        List<Channel> channels = new ArrayList<>();
        for (JsonNode name : stored) {
            try {
                channels.add(Channel.valueOf(name.asText()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "the model reads a channel this release does not know: " + name.asText(), e);
            }
        }
        return channels;
    }
}
