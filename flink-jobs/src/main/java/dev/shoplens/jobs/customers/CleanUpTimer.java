package dev.shoplens.jobs.customers;

import org.apache.flink.streaming.api.TimerService;

/**
 * A customer's clean-up timer (forget them when silent past the retention), moved at most once a day of theirs: a
 * timer moved on every event or score was a delete and an insert into the timer queue each time. The timer may
 * therefore fire up to a day early, within the margin the callers keep past the retention.
 */
public final class CleanUpTimer {

    private static final long DAY = 86_400_000L;

    private CleanUpTimer() {}

    /**
     * Moves the timer at {@code current} (0: none yet) to {@code at} unless {@code at} is at most a day past it;
     * returns where the timer is afterwards.
     */
    public static long moveAtMostDaily(TimerService timers, long current, long at) {
        if (current != 0 && at <= current + DAY) {
            return current;
        }
        if (current != 0) {
            timers.deleteEventTimeTimer(current);
        }
        timers.registerEventTimeTimer(at);
        return at;
    }
}
