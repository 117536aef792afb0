package dev.shoplens.dashboard.operations;

import dev.shoplens.activity.EventCount;
import dev.shoplens.activity.IngestProgress;
import dev.shoplens.dashboard.TestShop;
import dev.shoplens.quality.RejectedEvent;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.write.ResultWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A store with known ingestion: 12 malformed payloads, 5 late events and 2 duplicates (the newest rejection is late
 * event 4, whose payload is long), two Kafka partitions (partition 1 behind), 10 minutes of events and features 30 s
 * behind the newest event.
 */
public final class OperationsShop {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final String LONG_PAYLOAD = "{\"type\":\"view\",\"note\":\"" + "x".repeat(400) + "\"}";

    private OperationsShop() {}

    public static DuckDbSettings create() {
        DuckDbSettings store = TestShop.emptyStore();
        List<RejectedEvent> rejected = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rejected.add(new RejectedEvent(
                    "malformed_json",
                    "Unexpected end",
                    "kafka:events:0:" + i,
                    "{\"type\":",
                    NOW.minusSeconds(600 - i),
                    null));
        }
        for (int i = 0; i < 5; i++) {
            rejected.add(new RejectedEvent(
                    "late",
                    (20 + i) + " min late",
                    "kafka:events:1:" + i,
                    i == 4 ? LONG_PAYLOAD : "{\"type\":\"view\"}",
                    NOW.minusSeconds(100 - i),
                    "late-" + i));
        }
        for (int i = 0; i < 2; i++) {
            rejected.add(new RejectedEvent(
                    "duplicate",
                    "seen before",
                    "kafka:events:0:" + (100 + i),
                    "{}",
                    NOW.minusSeconds(300),
                    "dup-" + i));
        }
        List<EventCount> counts = new ArrayList<>();
        for (int m = 10; m >= 1; m--) {
            Instant minute = NOW.minusSeconds(60L * m);
            counts.add(new EventCount(minute, "view", 100 + m, minute, minute.plusSeconds(59)));
        }
        try (ResultWriter writer = store.openWriter()) {
            writer.writeRejected(rejected);
            writer.writeEventCounts(counts);
            writer.writeCustomerFeatures(List.of(TestShop.features("c1", NOW.minusSeconds(30))));
            writer.writeIngestProgress(List.of(
                    new IngestProgress("kafka-0", NOW, 900, NOW),
                    new IngestProgress("kafka-1", NOW.minusSeconds(400), 150, NOW)));
        }
        return store;
    }
}
