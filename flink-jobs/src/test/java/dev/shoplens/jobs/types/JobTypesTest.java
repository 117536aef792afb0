package dev.shoplens.jobs.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.features.ProductDay;
import java.time.LocalDate;
import org.apache.flink.api.common.typeinfo.LocalTimeTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;

/** The serialization settings; {@code FeatureJobGraphTest} builds the whole job with them. */
class JobTypesTest {

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
