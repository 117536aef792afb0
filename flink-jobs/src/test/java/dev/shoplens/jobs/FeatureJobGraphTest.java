package dev.shoplens.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.jobs.sink.StoreSinks;
import dev.shoplens.jobs.source.FeedSource;
import dev.shoplens.simulator.SimulatedFeed;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.time.ShopClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feature job's graph as Flink builds it, before it runs: what a savepoint and an upgrade depend on. */
class FeatureJobGraphTest {

    @TempDir
    Path dir;

    StreamExecutionEnvironment env;
    Collection<StreamNode> nodes;

    @BeforeEach
    void buildTheJob() {
        SimulatedFeed shop =
                new SimulatedFeed(7, 30, 10, Instant.parse("2026-01-05T00:00:00Z"), ShopClock.system(), 100);
        env = StreamExecutionEnvironment.getExecutionEnvironment();
        new FeatureJob(
                        FeedSource.of(shop),
                        1,
                        new StoreSinks(DuckDbSettings.inDataDir(dir), 100, Duration.ofMillis(500)),
                        FeatureJobSettings.forReplay())
                .addTo(env);
        // Building the graph creates every operator's serializers: a type that needed Kryo would have thrown.
        nodes = env.getStreamGraph().getStreamNodes();
    }

    @Test
    void isBuiltWithoutAKryoType() {
        assertThat(env.getConfig().getSerializerConfig().hasGenericTypesDisabled())
                .isTrue();
        assertThat(nodes).hasSizeGreaterThan(20);
    }

    /**
     * A savepoint maps state to operators by uid: an operator without one gets an id from the graph's shape, which
     * the next release's changes would move.
     */
    @Test
    void everyOperatorAndSinkHasItsOwnUid() {
        assertThat(nodes)
                .as("operators without a uid")
                .filteredOn(n -> n.getTransformationUID() == null)
                .extracting(StreamNode::getOperatorName)
                .isEmpty();
        assertThat(nodes)
                .extracting(StreamNode::getTransformationUID)
                .doesNotHaveDuplicates()
                .contains(
                        "source",
                        "dedup",
                        "customer-snapshots",
                        "train-models",
                        "score-customers",
                        "store-customer-scores",
                        "product-forecasts");
    }

    @Test
    void aBacktestsCalibrationTrainsButNeitherScoresNorForecasts() {
        StreamExecutionEnvironment calibration = StreamExecutionEnvironment.getExecutionEnvironment();
        new FeatureJob(
                        FeedSource.of(new SimulatedFeed(
                                7, 30, 10, Instant.parse("2026-01-05T00:00:00Z"), ShopClock.system(), 100)),
                        1,
                        new StoreSinks(DuckDbSettings.inDataDir(dir), 100, Duration.ofMillis(500)),
                        FeatureJobSettings.forReplay())
                .calibrationOnly()
                .addTo(calibration);

        assertThat(calibration.getStreamGraph().getStreamNodes())
                .extracting(StreamNode::getTransformationUID)
                .contains("customer-snapshots", "train-models", "store-model-versions", "store-product-days")
                .doesNotContain("score-customers", "store-customer-scores", "segment-flows", "product-forecasts");
    }
}
