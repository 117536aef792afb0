package dev.shoplens.launcher.progress;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Locale;

/**
 * How a long command is getting on, as lines like {@code import: 1,234 of 2,000 events (61%), ...}. On a terminal
 * it is one line rewritten in place; elsewhere (a log file, a CI console) a full line at most every few seconds, so
 * that a log is not flooded. It writes to stderr in use, leaving stdout to what the command answers (tests and
 * scripts parse that).
 */
public final class Progress {

    /** Elsewhere than on a terminal: a line at most this often. */
    static final Duration LINE_EVERY = Duration.ofSeconds(5);

    /** On a terminal: faster rewrites would only flicker. */
    static final Duration REWRITE_EVERY = Duration.ofMillis(200);

    private final String task;
    private final PrintStream out;
    private final boolean terminal;
    private final InstantSource clock;
    private Instant stepStarted;
    private Instant lastShown;
    private int shownLength;

    Progress(String task, PrintStream out, boolean terminal, InstantSource clock) {
        this.task = task;
        this.out = out;
        this.terminal = terminal;
        this.clock = clock;
        this.stepStarted = clock.instant();
    }

    /** The progress of {@code task} on stderr, rewritten in place when this JVM runs on a terminal. */
    public static Progress onStderr(String task) {
        return new Progress(task, System.err, System.console() != null, InstantSource.system());
    }

    /** Shows {@code status} unless a line was shown too recently (a later call shows a later status). */
    public synchronized void show(String status) {
        Instant now = clock.instant();
        if (isDue(now)) {
            write(status);
            lastShown = now;
        }
    }

    /** Shows {@code status} with the time the step has taken so far, e.g. {@code ..., 1 min 05 s so far}. */
    public void showWithElapsed(String status) {
        show(status + ", " + duration(elapsed()) + " so far");
    }

    /**
     * Shows {@code status} whatever the time, as the step's last line (on a terminal the line is ended), and starts
     * the next step: its time counts from now, and its first status is shown at once.
     */
    public synchronized void done(String status) {
        write(status);
        if (terminal) {
            out.println();
        }
        out.flush();
        shownLength = 0;
        lastShown = null;
        stepStarted = clock.instant();
    }

    /** The time since this progress began, or since the last {@link #done}. */
    public synchronized Duration elapsed() {
        return Duration.between(stepStarted, clock.instant());
    }

    InstantSource clock() {
        return clock;
    }

    boolean isDue(Instant now) {
        return lastShown == null || !now.isBefore(lastShown.plus(terminal ? REWRITE_EVERY : LINE_EVERY));
    }

    /**
     * On a terminal the line is written from its start over the one before (padded to cover a longer one) and the
     * cursor is left at its start again, so that a log message written meanwhile replaces it rather than running on
     * after it.
     */
    private void write(String status) {
        String line = task + ": " + status;
        if (terminal) {
            out.print("\r" + line + " ".repeat(Math.max(0, shownLength - line.length())) + "\r");
            shownLength = line.length();
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** {@code 0 s}, {@code 42 s}, {@code 3 min 05 s}, {@code 2 h 07 min}: as precise as a person reads it. */
    public static String duration(Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3_600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3_600, seconds % 3_600 / 60);
    }
}
