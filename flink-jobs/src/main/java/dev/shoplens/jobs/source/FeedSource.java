package dev.shoplens.jobs.source;

import dev.shoplens.event.EventFeed;
import dev.shoplens.event.RawEvent;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;

/**
 * A Flink source over an {@link EventFeed}, built on Flink's own generator source so that positions,
 * checkpoints and boundedness are Flink's. Run it at parallelism 1: a feed is one ordered sequence.
 */
public final class FeedSource {

    private FeedSource() {}

    public static DataGeneratorSource<RawEvent> of(EventFeed feed) {
        return new DataGeneratorSource<>(new FeedGenerator(feed), feed.count(), TypeInformation.of(RawEvent.class));
    }
}
