package dev.shoplens.jobs.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.features.ProductDay;
import dev.shoplens.jobs.FeatureJob;
import dev.shoplens.jobs.FeatureJobSettings;
import dev.shoplens.jobs.sink.StoreSinks;
import dev.shoplens.jobs.source.FeedSource;
import dev.shoplens.jobs.source.SimulatedFeed;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.time.ShopClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.flink.api.common.typeinfo.LocalTimeTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobTypesTest {

    @TempDir
    Path dir;

    @Test
    void theWholeFeatureJobIsBuiltWithoutAKryoType() throws Exception {
        SimulatedFeed shop =
                new SimulatedFeed(7, 30, 10, Instant.parse("2026-01-05T00:00:00Z"), ShopClock.system(), 100);
        try (StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment()) {
            new FeatureJob(
                            FeedSource.of(shop),
                            1,
                            new StoreSinks(DuckDbSettings.inDataDir(dir), 100, Duration.ofMillis(500)),
                            FeatureJobSettings.forReplay())
                    .addTo(env);
            assertThat(env.getConfig().getSerializerConfig().hasGenericTypesDisabled())
                    .isTrue();
            // Building the graph creates every operator's serializers: a Kryo type would have thrown.
            assertThat(env.getStreamGraph().getStreamNodes()).hasSizeGreaterThan(10);
        }
    }

    @Test
    void daysAreSerializedByFlinksOwnLocalDateSerializer() {
        try (StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment()) {
            JobTypes.configure(env);
            PojoTypeInfo<ProductDay> row = (PojoTypeInfo<ProductDay>) TypeInformation.of(ProductDay.class);
            assertThat(row.getTypeAt(row.getFieldIndex("day"))).isEqualTo(LocalTimeTypeInfo.LOCAL_DATE);
            assertThat(TypeInformation.of(LocalDate.class)).isEqualTo(LocalTimeTypeInfo.LOCAL_DATE);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
