package dev.shoplens.dashboard.operations.retrain;

import java.util.List;

/**
 * How a retrain triggered from the page ended: every kind retrained ({@code DONE}), at least one failed (the
 * serving versions stay), or another retrain was running ({@code BUSY}); one line per kind, as the retrain
 * command prints them.
 */
public record RetrainOutcome(Result result, List<String> lines) {

    public enum Result {
        DONE,
        FAILED,
        BUSY
    }

    public RetrainOutcome {
        lines = List.copyOf(lines);
    }

    public static RetrainOutcome busy() {
        return new RetrainOutcome(Result.BUSY, List.of());
    }
}
