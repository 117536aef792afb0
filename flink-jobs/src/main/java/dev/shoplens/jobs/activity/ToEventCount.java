package dev.shoplens.jobs.activity;

import dev.shoplens.activity.EventCount;
import java.time.Instant;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/** Names a minute's tally with its window start and event type. Late firings re-emit the whole minute. */
public class ToEventCount extends ProcessWindowFunction<MinuteTally, EventCount, String, TimeWindow> {

    @Override
    public void process(String type, Context context, Iterable<MinuteTally> tallies, Collector<EventCount> out) {
        MinuteTally tally = tallies.iterator().next();
        out.collect(new EventCount(
                Instant.ofEpochMilli(context.window().getStart()),
                type,
                tally.events,
                Instant.ofEpochMilli(tally.first),
                Instant.ofEpochMilli(tally.last)));
    }
}
