package dev.shoplens.retrain.job;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoplens.models.metrics.ClassifierMetrics;
import dev.shoplens.models.metrics.PromotionRule;
import dev.shoplens.retrain.backend.Backend;
import dev.shoplens.retrain.lstm.TrainingRun;
import dev.shoplens.retrain.sequences.Channel;
import dev.shoplens.retrain.sequences.CutOffs;
import dev.shoplens.retrain.sequences.SequenceSettings;
import java.time.Duration;
import java.time.Instant;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/** The JSON an LSTM version is registered with: where its data came from, how it was trained, how it measured. */
final class Provenance {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Provenance() {}

    /**
     * The night's sequence counts besides the training run's own.
     *
     * @param labelled the labelled sequences the training cut-offs have
     * @param sampled those the night trained and validated on: all of them, or a sample of at most
     *     {@code retrain.lstm.maxSequences}
     * @param evaluation the sequences the candidate and the serving version were tested on
     */
    record Sequences(int labelled, int sampled, int evaluation) {}

    static String of(
            TrainingRun run,
            RetrainSettings settings,
            CutOffs cutOffs,
            Instant dataUntil,
            Duration horizon,
            Sequences counts,
            Integer warmStartFrom) {
        ObjectNode node = JSON.objectNode();
        node.put("model", "LSTM, last time step into a sigmoid output");
        node.put("library", "deeplearning4j " + version());
        node.put("backend", Backend.name());
        node.put("threads", Backend.threads());
        node.set("dataWindow", window(settings.sequences(), cutOffs, dataUntil, horizon));
        var channels = node.putArray("channels");
        for (Channel c : run.model().channels()) {
            channels.add(c.name());
        }
        ObjectNode sequences = node.putObject("sequences");
        sequences.put("labelled", counts.labelled());
        sequences.put("sampled", counts.sampled());
        sequences.put("training", run.trainingSequences());
        sequences.put("validation", run.validationSequences());
        sequences.put("evaluation", counts.evaluation());
        node.set("hyperParameters", settings.lstm().toJson());
        if (warmStartFrom == null) {
            node.putNull("warmStartFrom");
        } else {
            node.put("warmStartFrom", warmStartFrom);
        }
        ObjectNode training = node.putObject("training");
        training.put("epochs", run.epochs());
        training.put("bestEpoch", run.bestEpoch());
        run.trainingLoss().forEach(training.putArray("trainingLoss")::add);
        run.validationLogLoss().forEach(training.putArray("validationLogLoss")::add);
        training.put("seconds", Math.round(run.seconds() * 1_000) / 1_000.0);
        training.put("sequencesPerSecond", Math.round(run.sequencesPerSecond()));
        return node.toString();
    }

    private static ObjectNode window(SequenceSettings s, CutOffs cutOffs, Instant dataUntil, Duration horizon) {
        ObjectNode window = JSON.objectNode();
        window.put("dataUntil", dataUntil.toString());
        window.put("sequenceDays", s.days());
        window.put("horizonDays", horizon.toDays());
        var training = window.putArray("trainingCutOffs");
        cutOffs.training().forEach(t -> training.add(t.toString()));
        window.put("evaluationCutOff", cutOffs.evaluation().toString());
        window.put("scoringCutOff", cutOffs.scoring().toString());
        return window;
    }

    /** The candidate's metrics on the night's unseen labels, the champion's on the same labels, and the decision. */
    static String metrics(
            ClassifierMetrics candidate,
            ClassifierMetrics champion,
            Integer championVersion,
            PromotionRule.Decision decision,
            CutOffs cutOffs) {
        ObjectNode node = candidate.toJson();
        node.put("labelsFrom", cutOffs.evaluation().toString());
        if (champion != null) {
            ObjectNode serving = champion.toJson();
            serving.put("version", championVersion);
            node.set("servingVersion", serving);
        }
        node.put("promoted", decision.promote());
        node.put("decision", decision.reason());
        return node.toString();
    }

    /** DL4J's version as its jar records it. */
    private static String version() {
        try (var in = MultiLayerNetwork.class.getResourceAsStream(
                "/META-INF/maven/org.deeplearning4j/deeplearning4j-nn/pom.properties")) {
            if (in == null) {
                return "unknown";
            }
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
