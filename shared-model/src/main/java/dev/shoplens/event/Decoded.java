package dev.shoplens.event;

import dev.shoplens.quality.Rejection;

/** The outcome of decoding one payload: an accepted event or a rejection, never an exception. */
public sealed interface Decoded {

    record Accepted(ShopEvent event) implements Decoded {}

    /** {@code eventId} is the payload's id where it could be read, so engineers can trace it; else null. */
    record Rejected(Rejection rejection, String eventId) implements Decoded {}
}
