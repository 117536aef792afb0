package dev.shoplens.jobs.models;

import dev.shoplens.scores.SegmentFlow;
import org.apache.flink.api.common.functions.AggregateFunction;

/** Counts the customers of one day's (from, to) pair of segments. */
public class CountMoves implements AggregateFunction<SegmentMove, SegmentFlow, SegmentFlow> {

    @Override
    public SegmentFlow createAccumulator() {
        return null;
    }

    @Override
    public SegmentFlow add(SegmentMove move, SegmentFlow flow) {
        long before = flow == null ? 0 : flow.customers();
        return new SegmentFlow(move.day(), move.from(), move.to(), move.toName(), before + 1);
    }

    @Override
    public SegmentFlow getResult(SegmentFlow flow) {
        return flow;
    }

    @Override
    public SegmentFlow merge(SegmentFlow a, SegmentFlow b) {
        if (a == null) {
            return b;
        }
        return b == null
                ? a
                : new SegmentFlow(a.day(), a.fromSegment(), a.toSegment(), a.toName(), a.customers() + b.customers());
    }
}
