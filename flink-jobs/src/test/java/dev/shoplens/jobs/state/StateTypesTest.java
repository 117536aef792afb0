package dev.shoplens.jobs.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.event.ShopEvent;
import dev.shoplens.features.CustomerFeatures;
import dev.shoplens.jobs.activity.EventMark;
import dev.shoplens.jobs.customers.CustomerHistory;
import dev.shoplens.jobs.ingest.AcceptedEvent;
import dev.shoplens.jobs.models.CustomerTimeline;
import dev.shoplens.jobs.models.ScoreState;
import dev.shoplens.jobs.models.ScoringInput;
import dev.shoplens.jobs.models.Trainers;
import dev.shoplens.jobs.models.TrainingInput;
import dev.shoplens.scores.CustomerScore;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.CompositeType;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.apache.flink.api.java.typeutils.ListTypeInfo;
import org.apache.flink.api.java.typeutils.MapTypeInfo;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The per-customer state the job keeps for every customer is serialized by Flink's own serializers, field by field,
 * never by Kryo: Kryo was most of the job's time with state in RocksDB, and its bytes cannot evolve with the class.
 */
class StateTypesTest {

    @ParameterizedTest
    @ValueSource(classes = {CustomerHistory.class, CustomerTimeline.class})
    void perCustomerStateHasNoGenericType(Class<?> type) {
        TypeInformation<?> info = TypeInformation.of(type);

        assertThat(info).isInstanceOf(PojoTypeInfo.class);
        assertThat(genericTypesIn(info, type.getSimpleName())).isEmpty();
        // The serializer Flink would use for it is a POJO one, with a field for each public field.
        assertThat(info.createSerializer(new SerializerConfigImpl()).getClass().getSimpleName())
                .isEqualTo("PojoSerializer");
    }

    /** What travels between the job's operators on every event, and the scores' state. */
    @ParameterizedTest
    @ValueSource(
            classes = {
                ShopEvent.class,
                AcceptedEvent.class,
                ScoringInput.class,
                TrainingInput.class,
                CustomerFeatures.class,
                CustomerScore.class,
                ScoreState.class,
                EventMark.class,
                Trainers.State.class
            })
    void eventPathRecordsAndScoreStateHaveNoGenericType(Class<?> type) {
        assertThat(genericTypesIn(TypeInformation.of(type), type.getSimpleName()))
                .isEmpty();
    }

    /**
     * The trainer's checkpoint: every learner's examples, clock and versions, field by field; no Java-serialized
     * blob, so a savepoint can evolve with the learners.
     */
    @Test
    void theTrainersStateIsFlinksOwnAllTheWayDown() {
        TypeInformation<?> info = TypeInformation.of(Trainers.State.class);

        assertThat(info).isInstanceOf(PojoTypeInfo.class);
        assertThat(genericTypesIn(info, "Trainers.State")).isEmpty();
        assertThat(((PojoTypeInfo<?>) info).getFieldNames()).contains("churn", "purchase", "value", "segments");
    }

    /** Every generic type under {@code info}, named by its path of fields. */
    static List<String> genericTypesIn(TypeInformation<?> info, String path) {
        List<String> found = new ArrayList<>();
        if (info instanceof GenericTypeInfo<?>) {
            found.add(path + ": " + info.getTypeClass().getName());
        } else if (info instanceof CompositeType<?> composite) {
            for (String field : composite.getFieldNames()) {
                found.addAll(genericTypesIn(composite.getTypeAt(field), path + "." + field));
            }
        } else if (info instanceof ListTypeInfo<?> list) {
            found.addAll(genericTypesIn(list.getElementTypeInfo(), path + "[]"));
        } else if (info instanceof MapTypeInfo<?, ?> map) {
            found.addAll(genericTypesIn(map.getKeyTypeInfo(), path + "{key}"));
            found.addAll(genericTypesIn(map.getValueTypeInfo(), path + "{value}"));
        }
        return found;
    }
}
