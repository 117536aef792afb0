package dev.shoplens.bench.flink;

import dev.shoplens.event.RawEvent;
import java.util.Arrays;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.util.Collector;

/**
 * The bare Flink job the feature job is measured against: the same source at the same parallelism, each event
 * keyed (by its bytes, without decoding) and counted in keyed state, the counts dropped. What Flink itself costs on
 * this machine: the ceiling of any job that reads, shuffles and keeps state per key.
 */
public final class KeyAndCount {

    static final int KEYS = 1024;

    private KeyAndCount() {}

    public static void addTo(StreamExecutionEnvironment env, Source<RawEvent, ?, ?> source, int sourceParallelism) {
        env.fromSource(source, WatermarkStrategy.noWatermarks(), "events")
                .setParallelism(sourceParallelism)
                .keyBy(new PayloadKey())
                .process(new CountPerKey<Integer, RawEvent>())
                .name("count per key")
                .sinkTo(new DiscardingSink<>())
                .name("discard");
    }

    static final class PayloadKey implements KeySelector<RawEvent, Integer> {
        @Override
        public Integer getKey(RawEvent event) {
            return Math.floorMod(Arrays.hashCode(event.payload()), KEYS);
        }
    }

    /** Counts each key's elements in keyed state: the state work of the bare jobs. */
    static final class CountPerKey<K, T> extends KeyedProcessFunction<K, T, Long> {

        private transient ValueState<Long> count;

        @Override
        public void open(OpenContext context) {
            count = getRuntimeContext().getState(new ValueStateDescriptor<>("count", Long.class));
        }

        @Override
        public void processElement(T element, Context context, Collector<Long> out) throws Exception {
            Long before = count.value();
            long now = before == null ? 1 : before + 1;
            count.update(now);
            out.collect(now);
        }
    }
}
