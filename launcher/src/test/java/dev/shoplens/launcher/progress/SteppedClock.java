package dev.shoplens.launcher.progress;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A clock that moves only when a test moves it. */
final class SteppedClock implements InstantSource {

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private Instant now = T0;

    @Override
    public Instant instant() {
        return now;
    }

    void advance(Duration by) {
        now = now.plus(by);
    }
}
