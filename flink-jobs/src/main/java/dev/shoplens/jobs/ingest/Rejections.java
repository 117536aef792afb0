package dev.shoplens.jobs.ingest;

import dev.shoplens.activity.IngestProgress;
import dev.shoplens.quality.RejectedEvent;
import org.apache.flink.util.OutputTag;

/** Side outputs of the ingest steps: rejected events with their reasons, and each source's progress. */
public final class Rejections {

    public static final OutputTag<RejectedEvent> REJECTED = new OutputTag<>("rejected-events") {};
    public static final OutputTag<IngestProgress> PROGRESS = new OutputTag<>("ingest-progress") {};

    private Rejections() {}
}
