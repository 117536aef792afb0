package dev.shoplens.event;

import dev.shoplens.quality.RejectReason;
import dev.shoplens.quality.Rejection;

/** Thrown inside the decoder to stop at the first problem; callers only ever see a {@link Decoded.Rejected}. */
final class InvalidEventException extends RuntimeException {

    private final transient Rejection rejection;

    InvalidEventException(RejectReason reason, String detail) {
        super(reason.code() + ": " + detail, null, false, false);
        this.rejection = new Rejection(reason, detail);
    }

    Rejection rejection() {
        return rejection;
    }
}
