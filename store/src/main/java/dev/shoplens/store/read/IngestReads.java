package dev.shoplens.store.read;

import dev.shoplens.activity.IngestProgress;
import dev.shoplens.quality.RejectedEvent;
import java.util.List;
import java.util.Map;

/**
 * What the Operations page reads of the input: what was rejected, why, and how far each source has got. One of the
 * readers a {@link ShopReader} hands out per page.
 */
public interface IngestReads {

    /** Rejected input per reason, most frequent first. */
    Map<String, Long> rejectedByReason();

    /** One page of rejected input, newest first; {@code reason} null for every reason. */
    List<RejectedEvent> rejected(String reason, int offset, int limit);

    /** How much input was rejected for {@code reason} (null: for any reason). */
    long countRejected(String reason);

    /** Each source's progress, the one furthest behind first. */
    List<IngestProgress> sources();
}
