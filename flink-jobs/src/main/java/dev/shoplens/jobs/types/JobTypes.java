package dev.shoplens.jobs.types;

import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.LocalTimeTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.TypeExtractor;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * How the job's records and state are serialized: by Flink's own serializers, never by Kryo. Generic types are
 * switched off, so a record or state type Flink cannot analyse fails the job when it is built (every job test builds
 * it) instead of falling back to Kryo, which is slow and whose bytes cannot evolve across releases. The row types of
 * {@code shared-model} carry days as {@link LocalDate}, which Flink analyses only with a factory: registered here
 * through the configuration, so that module stays free of Flink.
 */
public final class JobTypes {

    private JobTypes() {}

    /** Applies the job's serialization settings to {@code env}. */
    public static void configure(StreamExecutionEnvironment env) {
        Configuration conf = new Configuration();
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        // Flink keeps the factories in one registry per JVM and refuses a second registration of a type: a JVM
        // that builds the job again (a test, a demo that imports, a job manager running jobs) registers it once.
        if (TypeExtractor.getTypeInfoFactory(LocalDate.class) == null) {
            conf.set(
                    PipelineOptions.SERIALIZATION_CONFIG,
                    List.of(LocalDate.class.getName() + ": {type: typeinfo, class: " + LocalDates.class.getName()
                            + "}"));
        }
        env.configure(conf);
    }

    /**
     * The type information of {@code type}, made after Flink's serializer for {@link LocalDate} is registered: a
     * constant made when its class loads (an output tag) may be made before any job is configured, and Flink keeps
     * what it analysed then, a generic type for every {@code LocalDate} field.
     */
    public static <T> TypeInformation<T> of(Class<T> type) {
        synchronized (JobTypes.class) {
            if (TypeExtractor.getTypeInfoFactory(LocalDate.class) == null) {
                TypeExtractor.registerFactory(LocalDate.class, LocalDates.class);
            }
        }
        return TypeInformation.of(type);
    }

    /** {@link LocalDate} by Flink's own serializer for it. */
    public static final class LocalDates extends TypeInfoFactory<LocalDate> {
        @Override
        public TypeInformation<LocalDate> createTypeInfo(Type type, Map<String, TypeInformation<?>> parameters) {
            return LocalTimeTypeInfo.LOCAL_DATE;
        }
    }
}
