package dev.shoplens.time;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * The shop's "now". A real shop runs on the wall clock; the simulated shop runs {@code speed} times faster from
 * the moment it goes live, so validation ("not too far in the future") and pacing agree with the events it makes.
 */
public interface ShopClock extends Serializable {

    Instant now();

    static ShopClock system() {
        return new SystemClock();
    }

    /** A clock that reads {@code eventOrigin} at wall time {@code wallOrigin} and runs {@code speed} times faster. */
    static ShopClock scaled(Instant wallOrigin, Instant eventOrigin, double speed) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive number, was " + speed);
        }
        return new ScaledClock(wallOrigin, eventOrigin, speed);
    }

    record SystemClock() implements ShopClock {
        @Override
        public Instant now() {
            return Instant.now();
        }
    }

    record ScaledClock(Instant wallOrigin, Instant eventOrigin, double speed) implements ShopClock {
        @Override
        public Instant now() {
            return toEventTime(Instant.now());
        }

        Instant toEventTime(Instant wall) {
            long elapsedNanos = Duration.between(wallOrigin, wall).toNanos();
            return eventOrigin.plusNanos((long) (elapsedNanos * speed));
        }

        /** The wall-clock time at which this clock reads {@code eventTime}. */
        public Instant wallTimeOf(Instant eventTime) {
            long eventNanos = Duration.between(eventOrigin, eventTime).toNanos();
            return wallOrigin.plusNanos((long) (eventNanos / speed));
        }
    }
}
