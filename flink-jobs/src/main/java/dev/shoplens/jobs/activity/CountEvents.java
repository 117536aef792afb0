package dev.shoplens.jobs.activity;

import org.apache.flink.api.common.functions.AggregateFunction;

/** Counts events incrementally, so a window holds three numbers rather than its events. */
public class CountEvents implements AggregateFunction<EventMark, MinuteTally, MinuteTally> {

    @Override
    public MinuteTally createAccumulator() {
        return new MinuteTally();
    }

    @Override
    public MinuteTally add(EventMark mark, MinuteTally tally) {
        tally.events += mark.events();
        tally.first = Math.min(tally.first, mark.first());
        tally.last = Math.max(tally.last, mark.last());
        return tally;
    }

    @Override
    public MinuteTally getResult(MinuteTally tally) {
        return tally;
    }

    @Override
    public MinuteTally merge(MinuteTally a, MinuteTally b) {
        a.events += b.events;
        a.first = Math.min(a.first, b.first);
        a.last = Math.max(a.last, b.last);
        return a;
    }
}
