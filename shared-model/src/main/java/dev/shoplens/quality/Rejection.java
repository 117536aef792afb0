package dev.shoplens.quality;

/** A reason and the precise detail of what was wrong, e.g. {@code MISSING_FIELD: lines[2].productId}. */
public record Rejection(RejectReason reason, String detail) {

    @Override
    public String toString() {
        return reason.code() + ": " + detail;
    }
}
