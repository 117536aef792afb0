package dev.shoplens.jobs.customers;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamUtils;
import org.apache.flink.streaming.api.datastream.KeyedStream;

/**
 * A known customer's events leave de-duplication partitioned by customer (see {@code DeduplicateEvents#keyOf}), and
 * so does everything a per-customer operator makes of them: the next per-customer operator takes such a stream keyed
 * as it already is, without a shuffle, and runs in the same task (or, with two inputs, takes it over a forward edge).
 */
public final class ByCustomer {

    private ByCustomer() {}

    /** {@code stream}, already partitioned by {@code customer}, as a keyed stream. */
    public static <T> KeyedStream<T, String> asPartitioned(DataStream<T> stream, KeySelector<T, String> customer) {
        return DataStreamUtils.reinterpretAsKeyedStream(stream, customer, Types.STRING);
    }
}
