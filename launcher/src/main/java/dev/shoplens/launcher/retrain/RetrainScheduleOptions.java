package dev.shoplens.launcher.retrain;

import dev.shoplens.retrain.backend.Backend;
import dev.shoplens.retrain.history.StoreHistory;
import dev.shoplens.retrain.job.NightlyRetrain;
import dev.shoplens.retrain.job.NightlySchedule;
import dev.shoplens.retrain.job.RetrainSettings;
import dev.shoplens.store.StoreSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import picocli.CommandLine.Option;

/** The nightly LSTM retrain of a long-running command (the demo): when, in the shop's own time, and whether. */
public final class RetrainScheduleOptions {

    @Option(
            names = "--retrain",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description = "Retrain the LSTM models each night of the shop (--no-retrain: never). Default: on")
    boolean enabled;

    @Option(
            names = "--retrain-at",
            defaultValue = "02:30",
            paramLabel = "HH:MM",
            description = "Time of the shop's night (UTC, the shop's event time) the retrain runs. Default:"
                    + " ${DEFAULT-VALUE}")
    LocalTime at;

    @Option(
            names = "--retrain-every",
            defaultValue = "24",
            paramLabel = "HOURS",
            description = "Hours of the shop's time between two retrains; fewer to see it sooner. Default:"
                    + " ${DEFAULT-VALUE}")
    int everyHours;

    /**
     * The retrain of {@code store} that the schedule runs and the dashboard may trigger; it leaves a core to the job
     * and the dashboard running next to it.
     */
    public static SharedRetrain retrain(StoreSettings store) {
        return SharedRetrain.of(
                new NightlyRetrain(store, RetrainSettings.defaults(Backend.defaultThreads()), Clock.systemUTC()));
    }

    /**
     * Starts the schedule of {@code retrain} on {@code store}, its first night after {@code live} (event time); null
     * when disabled.
     */
    public NightlySchedule start(SharedRetrain retrain, StoreSettings store, Instant live) {
        if (!enabled) {
            return null;
        }
        return NightlySchedule.start(
                new NightlySchedule.Settings(at, Duration.ofHours(everyHours), Duration.ofSeconds(30), live),
                () -> StoreHistory.newestEvent(store),
                retrain::runIfIdle);
    }

    /** A line for the demo's banner. */
    public String describe() {
        return enabled
                ? "LSTM retrain each shop night at " + at + " UTC, every " + everyHours + " shop hours"
                : "LSTM retrain off";
    }
}
